package io.stratagem.server.tests;

import static io.stratagem.server.tests.OutsideFolder.SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The files API reaches only the .strategy files of the opened folder: '..', encoded '..', absolute
 * paths and symbolic links that lead outside are refused, and what lies outside is never sent.
 */
class PathConfinementTest extends SharedWorkbenchTest {

	static Path outside;

	/** Runs after the shared workbench has started. */
	@BeforeAll
	static void linkOutside() throws Exception {
		outside = OutsideFolder.linkedFrom(workbench, dir, SECRET);
		Files.writeString(outside.resolve("secret.txt"), SECRET);
		Files.createSymbolicLink(workbench.folder.resolve("link-in.strategy"), workbench.folder.resolve("kpis.strategy"));
		// as after a change on disk: the workspace reads the folder again, links included
		workbench.workspace.reload();
	}

	private static String query(String path) {
		return "/api/file?path=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
	}

	@Test
	void readsOutsideTheFolderAreRefused() throws Exception {
		List<String> hostile = List.of("../outside/secret.strategy", "./../outside/secret.strategy", "sub/../../outside/secret.strategy",
				outside.resolve("secret.strategy").toString(), "/etc/passwd", "..\\outside\\secret.strategy", "link-out.strategy",
				"linked-folder/secret.strategy", "../outside/secret.txt", "roadmap.strategy\0.txt", "");
		for (String path : hostile) {
			HttpResponse<String> response = workbench.get(query(path));
			assertEquals(403, response.statusCode(), path + ": " + response.body());
			assertFalse(response.body().contains(SECRET), path);
		}
	}

	@Test
	void percentEncodedTraversalIsRefused() throws Exception {
		// %2e%2e decodes to '..' once; %252e to '%2e', which is then a plain (missing) name
		for (String raw : List.of("%2e%2e%2foutside%2fsecret.strategy", "%2E%2E/outside/secret.strategy", "%252e%252e%252foutside%252fsecret.strategy")) {
			HttpResponse<String> response = workbench.get("/api/file?path=" + raw);
			assertTrue(response.statusCode() == 403 || response.statusCode() == 404, raw + ": " + response.statusCode());
			assertFalse(response.body().contains(SECRET), raw);
		}
	}

	@Test
	void traversalInTheRequestPathItselfIsRefused() throws Exception {
		for (String target : List.of("/api/..%2f..%2foutside%2fsecret.strategy", "/report/..%2f..%2f..%2foutside/secret.txt", "/%2e%2e/%2e%2e/etc/passwd",
				"/assets/../../../outside/secret.txt", "/report/../../outside/secret.txt")) {
			String response = raw("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + workbench.cookie() + "\r\nConnection: close\r\n\r\n");
			String status = response.substring(0, response.indexOf("\r\n"));
			assertTrue(status.matches("HTTP/1.1 4\\d\\d .*"), target + ": " + status);
			assertFalse(response.contains(SECRET), target);
		}
	}

	@Test
	void writesOutsideTheFolderOrToOtherFilesAreRefused() throws Exception {
		for (String path : List.of("../outside/new.strategy", "link-out.strategy", "linked-folder/secret.strategy", "notes.txt", "roadmap.strategy.txt",
				"missing-folder/new.strategy", outside.resolve("new.strategy").toString())) {
			HttpResponse<String> response = workbench.put(query(path), "namespace evil");
			assertEquals(403, response.statusCode(), path + ": " + response.body());
		}
		assertEquals(SECRET, Files.readString(outside.resolve("secret.strategy")));
		assertFalse(Files.exists(outside.resolve("new.strategy")));
		assertFalse(Files.exists(workbench.folder.resolve("notes.txt")));
	}

	@Test
	void aSymbolicLinkInsideTheFolderIsServedAsItsTarget() throws Exception {
		HttpResponse<String> response = workbench.get(query("link-in.strategy"));
		assertEquals(200, response.statusCode());
		assertEquals(Files.readString(workbench.folder.resolve("kpis.strategy")), response.body());
	}

	@Test
	void aNewFileInAFolderOfTheWorkspaceCanBeWritten() throws Exception {
		Files.createDirectories(workbench.folder.resolve("more"));
		HttpResponse<String> response = workbench.put(query("more/extra.strategy"), "namespace acme.extra\n");
		assertEquals(200, response.statusCode(), response.body());
		assertEquals("namespace acme.extra\n", Files.readString(workbench.folder.resolve("more/extra.strategy")));
	}

	private static String raw(String request) throws Exception {
		try (Socket socket = new Socket("127.0.0.1", workbench.server.port())) {
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		}
	}
}
