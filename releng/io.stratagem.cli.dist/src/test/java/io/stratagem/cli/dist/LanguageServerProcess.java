package io.stratagem.cli.dist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Messages to and from {@code stratagem lsp} over the process's standard streams, framed by Content-Length headers. */
final class LanguageServerProcess {

	private LanguageServerProcess() {
	}

	/** Sends initialize, with the folder {@code rootUri} as the workspace, and returns the answer. */
	static String initialize(Process server, String rootUri) throws IOException {
		send(server, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":\"" + rootUri + "\",\"capabilities\":{}}}");
		return receive(server);
	}

	/** Sends shutdown (id 2) and returns the answer. */
	static String shutdown(Process server) throws IOException {
		send(server, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}");
		return receive(server);
	}

	/** Sends exit, after which the server ends. */
	static void exit(Process server) throws IOException {
		send(server, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
	}

	private static void send(Process process, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		process.getOutputStream().write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		process.getOutputStream().write(body);
		process.getOutputStream().flush();
	}

	/** Reads one LSP response, skipping the notifications the server may send first. */
	private static String receive(Process process) throws IOException {
		InputStream in = process.getInputStream();
		while (true) {
			int length = -1;
			StringBuilder header = new StringBuilder();
			while (!header.toString().endsWith("\r\n\r\n")) {
				int b = in.read();
				if (b < 0) {
					throw new IOException("the server closed its output; stderr: " + new String(process.getErrorStream().readNBytes(4000), StandardCharsets.UTF_8));
				}
				header.append((char) b);
			}
			for (String line : header.toString().split("\r\n")) {
				if (line.startsWith("Content-Length:")) {
					length = Integer.parseInt(line.substring("Content-Length:".length()).trim());
				}
			}
			String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
			if (body.contains("\"id\"")) {
				return body;
			}
		}
	}
}
