package io.stratagem.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;

/**
 * The language servers of the open editor sessions. A file saved by one page or changed by a diagram
 * edit is announced to every server as a changed watched file, so that all pages see the same model.
 */
final class LanguageSessions {

	private final Path folder;
	private final FolderPaths paths;
	private final int maxMessageBytes;
	private final List<FolderLanguageServer> servers = new CopyOnWriteArrayList<>();

	LanguageSessions(Path folder, int maxMessageBytes) throws IOException {
		this.folder = folder;
		this.paths = new FolderPaths(folder);
		this.maxMessageBytes = maxMessageBytes;
	}

	int maxMessageBytes() {
		return maxMessageBytes;
	}

	FolderLanguageServer newServer() {
		return FolderLanguageServer.create(folder, paths);
	}

	/** What the servers may read: the opened folder, links that stay in it. */
	FolderPaths paths() {
		return paths;
	}

	void opened(FolderLanguageServer server) {
		servers.add(server);
	}

	void closed(FolderLanguageServer server) {
		if (server != null && servers.remove(server)) {
			server.shutdown();
			server.exit();
		}
	}

	void changed(Set<Path> files) {
		List<FileEvent> events = files.stream().map(file -> new FileEvent(file.toUri().toString(), FileChangeType.Changed)).toList();
		for (FolderLanguageServer server : servers) {
			if (server.isReady()) {
				server.didChangeWatchedFiles(new DidChangeWatchedFilesParams(events));
			}
		}
	}

	void closeAll() {
		List.copyOf(servers).forEach(this::closed);
	}
}
