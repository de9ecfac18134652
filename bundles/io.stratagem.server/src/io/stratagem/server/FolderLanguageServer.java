package io.stratagem.server;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

import com.google.inject.Guice;
import com.google.inject.Module;
import com.google.inject.util.Modules;

import io.stratagem.dsl.ide.server.StrategyLanguageServer;

/**
 * The language server of one browser session: Stratagem's Xtext server whose workspace is always the
 * opened folder, whatever root the page announces (a page must not make the server read other folders).
 */
class FolderLanguageServer extends StrategyLanguageServer {

	private Path folder;
	private volatile boolean ready;

	/**
	 * A new server for one session. The injector is the session's own, as Xtext's server keeps its
	 * open documents in singletons; {@code exit} must not end the process the other sessions share,
	 * which Xtext's default exit handler does with System.exit.
	 */
	static FolderLanguageServer create(Path folder) {
		Module module = Modules.override(StrategyLanguageServer.module()).with(binder -> {
			binder.bind(LanguageServerImpl.class).to(FolderLanguageServer.class);
			binder.bind(ILanguageServerShutdownAndExitHandler.class).to(ILanguageServerShutdownAndExitHandler.NullImpl.class);
		});
		FolderLanguageServer server = (FolderLanguageServer) Guice.createInjector(module).getInstance(LanguageServerImpl.class);
		server.folder = folder;
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

	/** Whether the client has initialized the server, so that it can be told of changed files. */
	boolean isReady() {
		return ready;
	}
}
