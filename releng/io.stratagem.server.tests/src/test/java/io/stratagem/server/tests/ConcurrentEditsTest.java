package io.stratagem.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bounded load on loopback: 8 clients each make 50 edits to the same file as fast as they can, each
 * edit read-modify-write with the version it read (If-Match). Edits that lost the race are refused
 * (412) and made again on the new text, so none is lost and the file ends with all 400.
 */
class ConcurrentEditsTest {

	private static final int CLIENTS = 8;
	private static final int EDITS = 50;

	@TempDir
	Path dir;

	@Test
	void noEditIsLostAndTheFileEndsConsistent() throws Exception {
		try (RunningWorkbench workbench = RunningWorkbench.start(dir)) {
			Path file = workbench.folder.resolve("kpis.strategy");
			String original = Files.readString(file);
			AtomicInteger refused = new AtomicInteger();
			ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
			List<Future<?>> done = new ArrayList<>();
			for (int c = 0; c < CLIENTS; c++) {
				int client = c;
				done.add(clients.submit(() -> {
					for (int e = 0; e < EDITS; e++) {
						String line = "// client " + client + " edit " + e + "\n";
						while (true) {
							HttpResponse<String> read = workbench.get("/api/file?path=kpis.strategy");
							assertEquals(200, read.statusCode());
							String version = read.headers().firstValue("ETag").orElseThrow();
							HttpResponse<String> written = workbench.http.send(workbench.request("/api/file?path=kpis.strategy").header("If-Match", version)
									.PUT(java.net.http.HttpRequest.BodyPublishers.ofString(read.body() + line)).build(), HttpResponse.BodyHandlers.ofString());
							if (written.statusCode() == 200) {
								break;
							}
							assertEquals(412, written.statusCode(), written.body());
							refused.incrementAndGet();
						}
					}
					return null;
				}));
			}
			for (Future<?> future : done) {
				future.get(5, TimeUnit.MINUTES);
			}
			clients.shutdown();
			String result = Files.readString(file);
			assertTrue(result.startsWith(original), "the original text is kept in front");
			List<String> added = Arrays.asList(result.substring(original.length()).split("\n"));
			assertEquals(CLIENTS * EDITS, added.size());
			Set<String> expected = new java.util.HashSet<>();
			for (int c = 0; c < CLIENTS; c++) {
				for (int e = 0; e < EDITS; e++) {
					expected.add("// client " + c + " edit " + e);
				}
			}
			assertEquals(expected, Set.copyOf(added));
			// each client's edits are in its own order
			for (int c = 0; c < CLIENTS; c++) {
				String prefix = "// client " + c + " ";
				List<String> own = added.stream().filter(l -> l.startsWith(prefix)).collect(Collectors.toList());
				for (int e = 0; e < EDITS; e++) {
					assertEquals(prefix + "edit " + e, own.get(e));
				}
			}
			// the server's view and the disk agree
			assertEquals(result, workbench.get("/api/file?path=kpis.strategy").body());
			System.out.println("ConcurrentEditsTest: " + CLIENTS * EDITS + " edits by " + CLIENTS + " clients, " + refused.get() + " stale writes refused and redone");
		}
	}
}
