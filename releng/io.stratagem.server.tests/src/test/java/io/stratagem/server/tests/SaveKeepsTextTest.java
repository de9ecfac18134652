package io.stratagem.server.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.stratagem.server.WorkbenchServer;

/**
 * A save through the files API writes exactly the body it was sent, or nothing: whatever the content
 * type, never over an edit made meanwhile on disk, and a version read from a compressed answer is
 * still the file's version.
 */
class SaveKeepsTextTest extends SharedWorkbenchTest {

	private static final String FORM = "application/x-www-form-urlencoded";

	@Test
	void aSaveSentAsAFormIsWrittenAsTheFilesTextByteForByte() throws Exception {
		Path file = workbench.folder.resolve("org.strategy");
		// what a form parser would take apart: '=', '&', '+' and '%' escapes
		String text = Files.readString(file) + "\n// a=1&b=2 + c%20d, é\n";
		HttpResponse<String> saved = send(HttpRequest.BodyPublishers.ofString(text), "org.strategy", FORM, null);
		assertEquals(200, saved.statusCode(), saved.body());
		assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
	}

	@Test
	void anOversizedSaveSentAsAFormIsRefusedAndTheFileKept() throws Exception {
		Path file = workbench.folder.resolve("data.strategy");
		byte[] before = Files.readAllBytes(file);
		HttpResponse<String> refused = send(HttpRequest.BodyPublishers.ofString("a=" + "x".repeat(WorkbenchServer.DEFAULT_MAX_BYTES)), "data.strategy", FORM,
				null);
		assertEquals(413, refused.statusCode(), refused.body());
		assertArrayEquals(before, Files.readAllBytes(file));
	}

	@Test
	void theVersionOfACompressedAnswerIsAcceptedInIfMatch() throws Exception {
		HttpResponse<String> read = workbench.http.send(workbench.request("/api/file?path=goals.strategy").header("Accept-Encoding", "gzip").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		String version = read.headers().firstValue("ETag").orElseThrow();
		assertTrue(version.endsWith("--gzip\""), "the server compressed the answer and marked its ETag: " + version);
		Path file = workbench.folder.resolve("goals.strategy");
		String text = Files.readString(file) + "\n// saved with the version of a compressed answer\n";
		HttpResponse<String> saved = send(HttpRequest.BodyPublishers.ofString(text), "goals.strategy", "text/plain;charset=utf-8", version);
		assertEquals(200, saved.statusCode(), saved.body());
		assertEquals(text, Files.readString(file));
	}

	@Test
	void aSaveOverAnEditMadeByAnotherProgramIsRefusedAndTheEditKept() throws Exception {
		Path file = workbench.folder.resolve("platform.strategy");
		HttpResponse<String> read = workbench.get("/api/file?path=platform.strategy");
		String version = read.headers().firstValue("ETag").orElseThrow();
		// another program writes the file; the save comes before the folder watcher has read it again
		String theirs = read.body() + "\n// edited by another program\n";
		Files.writeString(file, theirs);
		HttpResponse<String> stale = send(HttpRequest.BodyPublishers.ofString(read.body() + "\n// edited in the page\n"), "platform.strategy",
				"text/plain;charset=utf-8", version);
		assertEquals(412, stale.statusCode(), stale.body());
		assertEquals("platform.strategy changed since it was read; read it again and apply the edit to the new text", stale.body());
		assertEquals(theirs, Files.readString(file));
		// the answer names the version on disk: a save made with it, on purpose, goes through
		String onDisk = stale.headers().firstValue("ETag").orElseThrow();
		assertEquals(workbench.get("/api/file?path=platform.strategy").headers().firstValue("ETag").orElseThrow(), onDisk);
		HttpResponse<String> merged = send(HttpRequest.BodyPublishers.ofString(theirs + "// and in the page\n"), "platform.strategy",
				"text/plain;charset=utf-8", onDisk);
		assertEquals(200, merged.statusCode(), merged.body());
		assertEquals(theirs + "// and in the page\n", Files.readString(file));
	}

	@Test
	void aWeakOrForeignVersionIsRefused() throws Exception {
		Path file = workbench.folder.resolve("usecases-core.strategy");
		String before = Files.readString(file);
		String version = workbench.get("/api/file?path=usecases-core.strategy").headers().firstValue("ETag").orElseThrow();
		for (String wrong : new String[] { "W/" + version, version.substring(0, 5) + "--gzip\"", "\"none\"" }) {
			HttpResponse<String> refused = send(HttpRequest.BodyPublishers.ofString(before + "// x\n"), "usecases-core.strategy", "text/plain", wrong);
			assertEquals(412, refused.statusCode(), wrong);
		}
		assertEquals(before, Files.readString(file));
	}

	private static HttpResponse<String> send(HttpRequest.BodyPublisher body, String path, String contentType, String ifMatch) throws Exception {
		HttpRequest.Builder request = workbench.request("/api/file?path=" + path).header("Content-Type", contentType).PUT(body);
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		return workbench.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
