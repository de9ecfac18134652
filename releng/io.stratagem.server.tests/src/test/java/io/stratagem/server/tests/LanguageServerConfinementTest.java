package io.stratagem.server.tests;

import static io.stratagem.server.tests.OutsideFolder.SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/**
 * The editor's language server reads what the files API serves and nothing else: requests on a
 * file: URI outside the opened folder, or on a symbolic link in it that leads out, get
 * InvalidParams, and the linked files are not part of the workspace it builds.
 */
class LanguageServerConfinementTest extends SharedWorkbenchTest {

	static Path outside;

	@BeforeAll
	static void linkOutside() throws Exception {
		outside = OutsideFolder.linkedFrom(workbench, dir, "namespace secret\nskill Spy \"" + SECRET + "\" {\n\tarea technical\n}\n");
	}

	@Test
	void requestsOnFilesOutsideTheFolderAreRefused() throws Exception {
		List<JsonObject> received = new ArrayList<>();
		try (LspClient client = LspClient.connect(workbench)) {
			LanguageServerOverWebSocketTest.initialize(client);
			List<String> uris = List.of(outside.resolve("secret.strategy").toUri().toString(), workbench.folder.resolve("link-out.strategy").toUri().toString(),
					workbench.folder.resolve("linked-folder/secret.strategy").toUri().toString(),
					workbench.folder.resolve("../outside/secret.strategy").toUri().toString(), "http://127.0.0.1:1/secret.strategy");
			int id = 100;
			for (String uri : uris) {
				for (String method : List.of("textDocument/hover", "textDocument/definition", "textDocument/documentSymbol")) {
					client.send(request(++id, method, uri));
					int expected = id;
					JsonObject answer = client.await(m -> m.has("id") && m.get("id").getAsInt() == expected, 60);
					received.add(answer);
					assertTrue(answer.has("error"), method + " " + uri + ": " + answer);
					assertEquals(-32602, answer.getAsJsonObject("error").get("code").getAsInt(), answer.toString());
				}
			}
			// opened with its own text, then asked about: still refused, never built
			client.send(LspClient.didOpen(outside.resolve("secret.strategy").toUri().toString(), Files.readString(outside.resolve("secret.strategy"))));
			client.send(request(++id, "textDocument/hover", outside.resolve("secret.strategy").toUri().toString()));
			int last = id;
			JsonObject answer = client.await(m -> m.has("id") && m.get("id").getAsInt() == last, 60);
			assertEquals(-32602, answer.getAsJsonObject("error").get("code").getAsInt(), answer.toString());
			client.received.drainTo(received);
		}
		assertFalse(received.toString().contains(SECRET), received.toString());
	}

	@Test
	void linksThatLeadOutAreNotPartOfTheWorkspace() throws Exception {
		List<JsonObject> received = new ArrayList<>();
		try (LspClient client = LspClient.connect(workbench)) {
			LanguageServerOverWebSocketTest.initialize(client);
			String kpis = workbench.folder.resolve("kpis.strategy").toUri().toString();
			// the initial build publishes the diagnostics of every file it read
			received.add(client.await(m -> isDiagnosticsFor(m, kpis), 120));
			// a file of the folder that names the outside element: the name does not resolve
			Path probe = workbench.folder.resolve("probe.strategy");
			String text = "namespace probe\nimport secret.*\nteam Probers {\n\tskill Spy current 1 required 2\n}\n";
			client.send(LspClient.didOpen(probe.toUri().toString(), text));
			JsonObject published = client.await(m -> isDiagnosticsFor(m, probe.toUri().toString()), 120);
			received.add(published);
			assertTrue(published.toString().contains("Couldn't resolve reference to Skill 'Spy'"), published.toString());
			client.send(position(7, "textDocument/definition", probe.toUri().toString(), 3, 8));
			received.add(client.await(m -> m.has("id") && m.get("id").getAsInt() == 7, 60));
			client.received.drainTo(received);
		}
		String all = received.toString();
		assertFalse(all.contains("link-out") || all.contains("linked-folder") || all.contains("outside"), all);
		assertFalse(all.contains(SECRET), all);
	}

	private static boolean isDiagnosticsFor(JsonObject message, String uri) {
		return message.has("method") && message.get("method").getAsString().equals("textDocument/publishDiagnostics")
				&& message.getAsJsonObject("params").get("uri").getAsString().equals(uri);
	}

	private static String request(int id, String method, String uri) {
		return position(id, method, uri, 1, 7);
	}

	private static String position(int id, String method, String uri, int line, int character) {
		return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":{\"textDocument\":{\"uri\":\"" + uri
				+ "\"},\"position\":{\"line\":" + line + ",\"character\":" + character + "}}}";
	}
}
