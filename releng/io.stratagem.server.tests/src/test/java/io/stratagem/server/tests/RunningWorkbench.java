package io.stratagem.server.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import com.google.inject.Injector;

import io.stratagem.dsl.StrategyStandaloneSetup;
import io.stratagem.server.ServePreviews;
import io.stratagem.server.WorkbenchServer;
import io.stratagem.testing.ProjectFiles;
import io.stratagem.workspace.edit.ModelWorkspace;

/**
 * A workbench server as {@code stratagem serve} starts it, on a copy of examples/acme-insurance in a
 * temporary folder, and an HTTP client that talks to it over loopback.
 */
final class RunningWorkbench implements AutoCloseable {

	static final Path ROOT = ProjectFiles.root();

	private static Injector injector;

	final Path folder;
	final ModelWorkspace workspace;
	final WorkbenchServer server;
	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private RunningWorkbench(Path folder, ModelWorkspace workspace, WorkbenchServer server) {
		this.folder = folder;
		this.workspace = workspace;
		this.server = server;
	}

	/** The command line keeps one injector per process (EMF's validator registry); so do the tests. */
	static synchronized Injector injector() {
		if (injector == null) {
			injector = StrategyStandaloneSetup.doSetup();
		}
		return injector;
	}

	/** Serves a copy of the example in {@code parent}/workspace. */
	static RunningWorkbench start(Path parent) throws Exception {
		Path folder = Files.createDirectories(parent.resolve("workspace"));
		try (Stream<Path> files = Files.list(ROOT.resolve("examples/acme-insurance"))) {
			for (Path file : (Iterable<Path>) files::iterator) {
				if (Files.isRegularFile(file)) {
					Files.copy(file, folder.resolve(file.getFileName()));
				}
			}
		}
		ServePreviews previews = injector().getInstance(ServePreviews.class).folder(folder);
		ModelWorkspace workspace = ModelWorkspace.open(folder, injector());
		WorkbenchServer server = WorkbenchServer.builder(workspace, previews).build();
		server.start();
		return new RunningWorkbench(folder, workspace, server);
	}

	String base() {
		return "http://127.0.0.1:" + server.port();
	}

	String cookie() {
		return "stratagem-token-" + server.port() + "=" + server.token();
	}

	/** A request carrying the access cookie, as the page's requests do after the first load. */
	/** The first {@code data:} line of an event stream (/events), read on another thread; what ended the stream otherwise. */
	static CompletableFuture<String> firstEvent(InputStream stream) {
		return firstEvent(stream, "");
	}

	/**
	 * The first {@code data:} line naming {@code file}: the announcement of a change that another test
	 * of the class made just before can still come first (listeners are told on their own thread).
	 */
	static CompletableFuture<String> firstEvent(InputStream stream, String file) {
		BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
		return CompletableFuture.supplyAsync(() -> {
			try {
				for (String line; (line = reader.readLine()) != null;) {
					if (line.startsWith("data: ") && line.contains(file)) {
						return line;
					}
				}
				return "stream ended";
			} catch (IOException e) {
				return e.toString();
			}
		});
	}

	HttpRequest.Builder request(String pathAndQuery) {
		return HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).header("Cookie", cookie()).timeout(Duration.ofSeconds(60));
	}

	HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
		return http.send(request(pathAndQuery).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> put(String pathAndQuery, String body) throws IOException, InterruptedException {
		return http.send(request(pathAndQuery).PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
	}

	@Override
	public void close() throws Exception {
		server.close();
		workspace.close();
	}
}
