package io.stratagem.server;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.util.IFileSystemScanner;

import com.google.inject.Guice;
import com.google.inject.Module;
import com.google.inject.util.Modules;

import io.stratagem.dsl.ide.server.StrategyLanguageServer;

/**
 * The language server of one browser session: Stratagem's Xtext server whose workspace is always the
 * opened folder, whatever root the page announces (a page must not make the server read other folders).
 * Its scan of the folder skips symbolic links that lead out of it, as the files API does; requests
 * naming other files are refused before they reach it ({@link ConfinedMessages}).
 */
class FolderLanguageServer extends StrategyLanguageServer {

	private Path folder;
	private FolderPaths paths;
	private volatile boolean ready;

	/**
	 * A new server for one session. The injector is the session's own, as Xtext's server keeps its
	 * open documents in singletons; {@code exit} must not end the process the other sessions share,
	 * which Xtext's default exit handler does with System.exit.
	 */
	static FolderLanguageServer create(Path folder, FolderPaths paths) {
		Module module = Modules.override(StrategyLanguageServer.module()).with(binder -> {
			binder.bind(LanguageServerImpl.class).to(FolderLanguageServer.class);
			binder.bind(ILanguageServerShutdownAndExitHandler.class).to(ILanguageServerShutdownAndExitHandler.NullImpl.class);
			binder.bind(IFileSystemScanner.class).toInstance(new FolderScanner(paths));
		});
		FolderLanguageServer server = (FolderLanguageServer) Guice.createInjector(module).getInstance(LanguageServerImpl.class);
		server.folder = folder;
		server.paths = paths;
		return server;
	}

	@Override
	@SuppressWarnings("deprecation") // rootUri and rootPath: older clients still send them
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		String uri = folder.toUri().toString();
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(uri, String.valueOf(folder.getFileName()))));
		params.setRootUri(uri);
		params.setRootPath(folder.toString());
		return super.initialize(params);
	}

	@Override
	public void initialized(InitializedParams params) {
		super.initialized(params);
		ready = true;
	}

	/**
	 * Changes of files outside the folder, or of links that lead out of it, are not read. A deleted
	 * file is only forgotten, so its path need only be in the folder (its own folder may be gone).
	 */
	@Override
	public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
		List<FileEvent> inside = params.getChanges().stream()
				.filter(event -> event.getType() == FileChangeType.Deleted ? inFolderByName(event.getUri()) : inFolder(event.getUri())).toList();
		if (!inside.isEmpty()) {
			super.didChangeWatchedFiles(new DidChangeWatchedFilesParams(inside));
		}
	}

	/** The workspace is the opened folder: a client cannot add others. */
	@Override
	public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
		// ignored
	}

	private boolean inFolderByName(String uri) {
		try {
			return Path.of(java.net.URI.create(uri)).normalize().startsWith(folder.toAbsolutePath().normalize());
		} catch (IllegalArgumentException e) {
			return false;
		}
	}

	private boolean inFolder(String uri) {
		try {
			return paths.contains(Path.of(java.net.URI.create(uri)));
		} catch (IllegalArgumentException e) {
			return false;
		}
	}

	/** Xtext's scan of the folder, without the files and folders whose links lead out of it. */
	private static final class FolderScanner extends IFileSystemScanner.JavaIoFileSystemScanner {
		private final FolderPaths paths;

		FolderScanner(FolderPaths paths) {
			this.paths = paths;
		}

		@Override
		public void scanRec(File file, IAcceptor<URI> acceptor) {
			if (paths.contains(file.toPath())) {
				super.scanRec(file, acceptor);
			}
		}
	}

	/** Whether the client has initialized the server, so that it can be told of changed files. */
	boolean isReady() {
		return ready;
	}
}
