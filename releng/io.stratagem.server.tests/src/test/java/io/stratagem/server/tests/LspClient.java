package io.stratagem.server.tests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/** A language client over the workbench's /lsp websocket: one JSON-RPC message per text message. */
final class LspClient implements WebSocket.Listener, AutoCloseable {

	final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
	final CompletableFuture<Integer> closed = new CompletableFuture<>();
	private final StringBuilder partial = new StringBuilder();
	WebSocket socket;

	static LspClient connect(RunningWorkbench workbench) throws Exception {
		LspClient client = new LspClient();
		client.socket = HttpClient.newHttpClient().newWebSocketBuilder().header("Cookie", workbench.cookie())
				.buildAsync(URI.create("ws://127.0.0.1:" + workbench.server.port() + "/lsp"), client).get(30, TimeUnit.SECONDS);
		return client;
	}

	void send(String json) throws Exception {
		socket.sendText(json, true).get(60, TimeUnit.SECONDS);
	}

	/** The next message that matches, skipping others; fails after the timeout. */
	JsonObject await(Predicate<JsonObject> wanted, long seconds) throws InterruptedException {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		while (System.nanoTime() < end) {
			JsonObject message = received.poll(200, TimeUnit.MILLISECONDS);
			if (message != null && wanted.test(message)) {
				return message;
			}
		}
		throw new AssertionError("no such message within " + seconds + " s");
	}

	@Override
	public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
		partial.append(data);
		if (last) {
			received.add(JsonParser.parseString(partial.toString()).getAsJsonObject());
			partial.setLength(0);
		}
		webSocket.request(1);
		return null;
	}

	@Override
	public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
		closed.complete(statusCode);
		return null;
	}

	@Override
	public void onError(WebSocket webSocket, Throwable error) {
		closed.completeExceptionally(error);
	}

	@Override
	public void close() {
		if (!socket.isOutputClosed()) {
			socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
		}
	}

	/** The {@code textDocument/didOpen} notification of a file with its text. */
	static String didOpen(String uri, String text) {
		JsonObject open = new JsonObject();
		open.addProperty("jsonrpc", "2.0");
		open.addProperty("method", "textDocument/didOpen");
		JsonObject document = new JsonObject();
		document.addProperty("uri", uri);
		document.addProperty("languageId", "strategy");
		document.addProperty("version", 1);
		document.add("text", new JsonPrimitive(text));
		JsonObject params = new JsonObject();
		params.add("textDocument", document);
		open.add("params", params);
		return open.toString();
	}
}
