package io.stratagem.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Change events reach open pages; the report and the diagrams show the files as they are now. */
class EventsAndPreviewsTest extends SharedWorkbenchTest {

	@Test
	void aSaveIsAnnouncedToOpenPages() throws Exception {
		HttpResponse<InputStream> stream = workbench.http.send(workbench.request("/events").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
		assertEquals(200, stream.statusCode());
		assertTrue(stream.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
		CompletableFuture<String> event = RunningWorkbench.firstEvent(stream.body(), "\"people.strategy\"");
		String text = Files.readString(workbench.folder.resolve("people.strategy"));
		assertEquals(200, workbench.put("/api/file?path=people.strategy", text + "\n// reviewed\n").statusCode());
		assertEquals("data: {\"files\":[\"people.strategy\"]}", event.get(60, TimeUnit.SECONDS));
		stream.body().close();
	}

	@Test
	void theDiagramsAreDrawnAsSvgAndPng() throws Exception {
		for (String kind : new String[] { "roadmap", "strategy" }) {
			HttpResponse<String> svg = workbench.get("/api/diagram/" + kind + ".svg");
			assertEquals(200, svg.statusCode(), svg.body());
			assertTrue(svg.body().contains("<svg"), kind);
			assertEquals("image/svg+xml", svg.headers().firstValue("Content-Type").orElse(""));
			HttpResponse<byte[]> png = workbench.http.send(workbench.request("/api/diagram/" + kind + ".png").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
			assertEquals(200, png.statusCode());
			assertEquals((byte) 0x89, png.body()[0]);
			assertEquals('P', png.body()[1]);
		}
		assertTrue(workbench.get("/api/diagram/roadmap.svg").body().contains("Set up the EU sovereign cloud tenancy"));
	}

	@Test
	void theReportFollowsTheFiles() throws Exception {
		HttpResponse<String> index = workbench.get("/report/");
		assertEquals(200, index.statusCode(), index.body());
		assertTrue(index.body().contains("<html"), index.body());
		Path roadmap = workbench.folder.resolve("roadmap.strategy");
		String text = Files.readString(roadmap);
		String renamed = text.replace("Set up the EU sovereign cloud tenancy", "Set up the sovereign cloud of the report test");
		assertEquals(200, workbench.put("/api/file?path=roadmap.strategy", renamed).statusCode());
		String all = String.join("\n", workbench.get("/report/").body(), workbench.get("/report/roadmap.html").body());
		assertTrue(all.contains("Set up the sovereign cloud of the report test"), "the report is made again after a save");
		assertEquals(200, workbench.put("/api/file?path=roadmap.strategy", text).statusCode());
	}

	@Test
	void aFolderThatDoesNotParseExplainsWhyNothingIsDrawn() throws Exception {
		Path file = workbench.folder.resolve("data.strategy");
		String text = Files.readString(file);
		try {
			assertEquals(200, workbench.put("/api/file?path=data.strategy", text + "\n}}} broken").statusCode());
			HttpResponse<String> svg = workbench.get("/api/diagram/strategy.svg");
			assertEquals(503, svg.statusCode());
			assertTrue(svg.body().contains("data.strategy"), svg.body());
		} finally {
			workbench.put("/api/file?path=data.strategy", text);
		}
	}
}
