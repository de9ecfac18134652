package io.stratagem.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.stratagem.server.WorkbenchServer;

/** Bodies over the limit (16 MB, as the command line's loader) are refused and never kept; websocket messages over it unread. */
class SizeLimitTest extends SharedWorkbenchTest {

	private static final int OVER = WorkbenchServer.DEFAULT_MAX_BYTES + 1;

	@Test
	void anOversizedSaveIsRefusedAndTheFileKept() throws Exception {
		String before = kpis();
		assertTooLarge(saveOversizedKpis());
		assertEquals(before, kpis());
	}

	@Test
	void everyOversizedSaveGetsItsAnswerNotAResetConnection() throws Exception {
		// the server answered before the client had sent the body and closed the connection: under load
		// the client's next write met a reset, and it never read the 413 ("broken pipe")
		String before = kpis();
		for (int attempt = 0; attempt < 10; attempt++) {
			assertTooLarge(saveOversizedKpis());
		}
		assertEquals(before, kpis());
	}

	@Test
	void anOversizedBodyWithoutALengthIsRefusedToo() throws Exception {
		String before = kpis();
		// a streamed body is sent chunked: the server learns its size only while reading
		byte[] chunk = new byte[1024 * 1024];
		java.util.Arrays.fill(chunk, (byte) 'x');
		HttpRequest request = workbench.request("/api/file?path=kpis.strategy")
				.PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.SequenceInputStream(java.util.Collections.enumeration(
						Stream.generate(() -> (java.io.InputStream) new java.io.ByteArrayInputStream(chunk)).limit(17).toList()))))
				.build();
		assertTooLarge(workbench.http.send(request, HttpResponse.BodyHandlers.ofString()));
		assertEquals(before, kpis());
	}

	@Test
	void anOversizedWebsocketMessageClosesTheSessionWithMessageTooBig() throws Exception {
		try (LspClient client = LspClient.connect(workbench)) {
			client.socket.sendText("{\"jsonrpc\":\"2.0\",\"method\":\"x\",\"params\":\"" + "x".repeat(OVER) + "\"}", true);
			assertEquals(1009, client.closed.get(60, TimeUnit.SECONDS));
		}
		assertEquals(200, workbench.get("/api/files").statusCode());
	}

	/** The text of kpis.strategy, the file the oversized saves aim at. */
	private static String kpis() throws IOException {
		return Files.readString(workbench.folder.resolve("kpis.strategy"));
	}

	private static HttpResponse<String> saveOversizedKpis() throws Exception {
		return workbench.put("/api/file?path=kpis.strategy", "x".repeat(OVER));
	}

	/** Refused with 413 Content Too Large. */
	private static void assertTooLarge(HttpResponse<String> response) {
		assertEquals(413, response.statusCode(), response.body());
	}
}
