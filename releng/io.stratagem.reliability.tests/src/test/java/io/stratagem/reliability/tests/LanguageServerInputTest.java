package io.stratagem.reliability.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stdio language server ({@code stratagem lsp}) as a process: malformed headers, malformed
 * JSON, oversized messages and lines are skipped, reading goes on at the next valid header, and the
 * server still answers, with no Java trace on standard error. The browser workbench's server is
 * tested in io.stratagem.server.tests.
 */
class LanguageServerInputTest {

	@TempDir
	Path workspace;

	@Test
	void badInputIsSkippedAndTheServerStillAnswers() throws Exception {
		// A small heap, as on a modest machine: without the limit, the 2 GB header below is an OutOfMemoryError.
		Process server = start();
		Output out = new Output(server.getInputStream());
		Output err = new Output(server.getErrorStream());
		try (OutputStream in = server.getOutputStream()) {
			send(in, "Content-Length: abc\r\n\r\n");
			send(in, frame("{not json"));
			send(in, frame("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"textDocument/hover\",\"params\":42}"));
			send(in, "Content-Length: 2000000\r\n\r\n" + "x".repeat(2_000_000));
			send(in, frame(initialize()));
			assertTrue(out.await("\"id\":1,\"result\":{\"capabilities\"", 60), "no answer to initialize\n" + out + "\n" + err);
			// Announced as 2 GB: skipped, not allocated; the stream ends inside it.
			send(in, "Content-Length: 2000000000\r\n\r\n{\"jsonrpc\"");
		}
		assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the server did not end with its input\n" + err);
		assertEquals(0, server.exitValue(), err.toString());
		assertTrue(err.toString().contains("refused a message of 2000000 bytes, more than the limit of 1048576"), err.toString());
		assertTrue(err.toString().contains("refused a message of 2000000000 bytes"), err.toString());
		assertFalse(err.toString().contains("OutOfMemoryError"), err.toString());
		assertTrue(out.toString().contains("\"id\":7,\"error\""), "a request with bad parameters gets an error response\n" + out);
	}

	@Test
	void aHeaderWithoutANumberLosesOnlyItsOwnMessage() throws Exception {
		// the body after the bad header used to be read as header text, and every later message with it
		String answered = answerToInitializeAfter("Content-Length: abc\r\n\r\n" + HOVER);
		assertTrue(answered.contains("a message with an invalid Content-Length, abc, is skipped"), answered);
	}

	@Test
	void aContentLengthTooLargeLosesAtMostTheNextMessage() throws Exception {
		// announced 20 bytes long: the start of the next message's header is read as part of this one
		answerToInitializeAfter("Content-Length: " + (HOVER.length() + 20) + "\r\n\r\n" + HOVER + frame(HOVER));
	}

	@Test
	void aContentLengthTooSmallLosesOnlyItsOwnMessage() throws Exception {
		String answered = answerToInitializeAfter("Content-Length: " + (HOVER.length() - 10) + "\r\n\r\n" + HOVER);
		assertTrue(answered.contains("bytes that are not a message; reading goes on at the next Content-Length header"), answered);
	}

	@Test
	void aHundredMegabytesWithoutALineBreakAreDroppedNotKept() throws Exception {
		Process server = start();
		Output out = new Output(server.getInputStream());
		Output err = new Output(server.getErrorStream());
		try (OutputStream in = server.getOutputStream()) {
			byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
			for (int i = 0; i < 100; i++) {
				in.write(chunk);
			}
			send(in, frame(initialize()));
			assertTrue(out.await("\"id\":1,\"result\":{\"capabilities\"", 120), "no answer to initialize\n" + err);
		}
		assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the server did not end with its input\n" + err);
		assertFalse(err.toString().contains("OutOfMemoryError"), err.toString());
		assertTrue(err.toString().contains("stratagem lsp: skipped 104857600 bytes that are not a message; reading goes on at the next Content-Length header"), err.toString());
	}

	@Test
	void anUnknownMethodGetsMethodNotFoundWithoutATrace() throws Exception {
		Process server = start();
		Output out = new Output(server.getInputStream());
		Output err = new Output(server.getErrorStream());
		try (OutputStream in = server.getOutputStream()) {
			send(in, frame(initialize()));
			assertTrue(out.await("\"id\":1,\"result\"", 120), "no answer to initialize\n" + err);
			send(in, frame("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"stratagem/noSuchMethod\",\"params\":{}}"));
			send(in, frame("{\"jsonrpc\":\"2.0\",\"method\":\"stratagem/noSuchNotification\",\"params\":{}}"));
			assertTrue(out.await("\"id\":5,\"error\":{\"code\":-32601,\"message\":\"Unknown method: stratagem/noSuchMethod\"}", 60), out + "\n" + err);
		}
		assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the server did not end with its input\n" + err);
		assertFalse(err.toString().contains("\tat "), "no Java trace on standard error:\n" + err);
	}

	/** A hover request, whole; the bad input before initialize is built from it. */
	private static final String HOVER = "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":\"file:///nowhere.strategy\"},\"position\":{\"line\":0,\"character\":0}}}";

	/** Sends the bad input, then initialize, which must be answered; no trace on standard error. Returns standard error. */
	private String answerToInitializeAfter(String badInput) throws Exception {
		Process server = start();
		Output out = new Output(server.getInputStream());
		Output err = new Output(server.getErrorStream());
		try (OutputStream in = server.getOutputStream()) {
			send(in, badInput);
			send(in, frame(initialize()));
			assertTrue(out.await("\"id\":1,\"result\":{\"capabilities\"", 120), "no answer to initialize\n" + out + "\n" + err);
		}
		assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the server did not end with its input\n" + err);
		assertEquals(0, server.exitValue(), err.toString());
		assertFalse(err.toString().contains("\tat "), "no Java trace on standard error:\n" + err);
		return err.toString();
	}

	/** {@code stratagem lsp} with a 256 MB heap and a 1 MB message limit. */
	private static Process start() throws IOException {
		Path lib = Paths.get(System.getProperty("stratagem.lib", "../io.stratagem.cli.dist/target/stratagem/lib"));
		return new ProcessBuilder(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-cp", lib.toAbsolutePath() + "/*",
				"io.stratagem.cli.Main", "lsp", "--max-message-megabytes", "1")).start();
	}

	private String initialize() {
		return "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":\"" + workspace.toUri() + "\",\"capabilities\":{}}}";
	}

	private static String frame(String json) {
		return "Content-Length: " + json.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + json;
	}

	private static void send(OutputStream in, String text) throws IOException {
		in.write(text.getBytes(StandardCharsets.UTF_8));
		in.flush();
	}

	/** Collects a stream of the process on a thread of its own. */
	private static final class Output {
		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		Output(InputStream stream) {
			Thread reader = new Thread(() -> {
				byte[] buffer = new byte[8192];
				try {
					for (int n; (n = stream.read(buffer)) > 0;) {
						synchronized (bytes) {
							bytes.write(buffer, 0, n);
						}
					}
				} catch (IOException e) {
					// the process ended
				}
			});
			reader.setDaemon(true);
			reader.start();
		}

		boolean await(String text, int seconds) throws InterruptedException {
			for (int i = 0; i < seconds * 10; i++) {
				if (toString().contains(text)) {
					return true;
				}
				Thread.sleep(100);
			}
			return false;
		}

		@Override
		public String toString() {
			synchronized (bytes) {
				return bytes.toString(StandardCharsets.UTF_8);
			}
		}
	}
}
