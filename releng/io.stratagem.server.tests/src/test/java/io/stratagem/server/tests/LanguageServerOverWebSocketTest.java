package io.stratagem.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The editor's language server over a real websocket: diagnostics of a broken file reach the client
 * (LSP4J's empty connect hook is filled in), the workspace is the opened folder whatever root the
 * client names, and {@code exit} ends the session, not the server.
 */
class LanguageServerOverWebSocketTest extends SharedWorkbenchTest {

	static void initialize(LspClient client) throws Exception {
		// a page naming another folder as its root must not make the server read that folder
		client.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":\"file:///etc/\",\"capabilities\":{}}}");
		client.await(m -> m.has("id") && m.get("id").getAsInt() == 1 && m.has("result"), 120);
		client.send("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
	}

	@Test
	void aBrokenFileGetsAnErrorDiagnosticAndTheOpenedFolderIsTheWorkspace() throws Exception {
		try (LspClient client = LspClient.connect(workbench)) {
			initialize(client);
			String kpis = workbench.folder.resolve("kpis.strategy").toUri().toString();
			// the whole folder is built on start: a file the client never opened is checked too
			client.await(m -> isDiagnosticsFor(m, kpis), 120);

			Path roadmap = workbench.folder.resolve("roadmap.strategy");
			String uri = roadmap.toUri().toString();
			String broken = Files.readString(roadmap).replace("duration 2 months", "duration two months");
			client.send(LspClient.didOpen(uri, broken));

			JsonObject published = client.await(m -> isDiagnosticsFor(m, uri) && hasError(m), 120);
			JsonArray diagnostics = published.getAsJsonObject("params").getAsJsonArray("diagnostics");
			assertTrue(diagnostics.toString().contains("\"line\":26"), "the error is on line 27 (0-based 26): " + diagnostics);
		}
	}

	@Test
	void exitEndsTheSessionNotTheServer() throws Exception {
		try (LspClient client = LspClient.connect(workbench)) {
			initialize(client);
			client.send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\",\"params\":null}");
			client.await(m -> m.has("id") && m.get("id").getAsInt() == 2, 60);
			client.send("{\"jsonrpc\":\"2.0\",\"method\":\"exit\",\"params\":null}");
			// messages are handled in order: an answer to a later request means that exit has been handled
			// (Xtext's default exit handler would have ended this JVM then)
			client.send("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"shutdown\",\"params\":null}");
			client.await(m -> m.has("id") && m.get("id").getAsInt() == 3, 60);
		}
		assertEquals(200, workbench.get("/api/files").statusCode());
		try (LspClient another = LspClient.connect(workbench)) {
			initialize(another);
		}
	}

	private static boolean isDiagnosticsFor(JsonObject message, String uri) {
		return message.has("method") && message.get("method").getAsString().equals("textDocument/publishDiagnostics")
				&& message.getAsJsonObject("params").get("uri").getAsString().equals(uri);
	}

	private static boolean hasError(JsonObject message) {
		for (var diagnostic : message.getAsJsonObject("params").getAsJsonArray("diagnostics")) {
			if (diagnostic.getAsJsonObject().get("severity").getAsInt() == 1) {
				return true;
			}
		}
		return false;
	}
}
