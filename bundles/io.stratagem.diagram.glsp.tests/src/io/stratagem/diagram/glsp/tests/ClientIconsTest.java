package io.stratagem.diagram.glsp.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.stratagem.diagram.glsp.StrategyDiagramServer;
import io.stratagem.diagram.render.NodeGlyphs;
import io.stratagem.diagram.render.NodeGlyphs.Circle;
import io.stratagem.diagram.render.NodeGlyphs.Glyph;
import io.stratagem.diagram.render.NodeGlyphs.Polygon;
import io.stratagem.diagram.render.NodeGlyphs.Polyline;
import io.stratagem.diagram.render.NodeGlyphs.Rect;
import io.stratagem.diagram.render.NodeGlyphs.Shape;
import io.stratagem.diagram.strategy.NodeType;

/**
 * The browser client packed in this bundle draws the very glyphs the SVG and PNG export draws: its script
 * holds io.stratagem.diagram's icon data file (render/node-icons.json, imported by web/src/node-icons.ts),
 * so the two cannot drift apart again.
 */
class ClientIconsTest {

	@Test
	void thePackedClientHoldsTheExportsGlyphOfEveryType() throws Exception {
		URL script = StrategyDiagramServer.clientFile("diagram.js");
		assertNotNull(script, "the client is packed in the bundle");
		String client;
		try (InputStream in = script.openStream()) {
			client = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		NodeGlyphs glyphs = NodeGlyphs.standard();
		assertTrue(client.contains("grid:" + number(glyphs.grid()) + ",lineWidth:" + number(glyphs.lineWidth()) + ",icons:{"),
				"the client's script holds the grid and line width of " + NodeGlyphs.FILE + " (does web/src/node-icons.ts import it?)");
		for (Map.Entry<NodeType, Glyph> glyph : glyphs.glyphs().entrySet()) {
			// as esbuild writes the imported JSON into the minified script
			String expected = glyph.getKey().key() + ":{depicts:\"" + glyph.getValue().depicts() + "\",shapes:["
					+ glyph.getValue().shapes().stream().map(ClientIconsTest::shape).collect(Collectors.joining(",")) + "]}";
			assertTrue(client.contains(expected), "the client's glyph of " + glyph.getKey().key() + " is " + expected);
		}
	}

	private static String shape(Shape shape) {
		if (shape instanceof Circle c) {
			return "{circle:" + numbers(List.of(c.cx(), c.cy(), c.r())) + filled(c.filled()) + "}";
		}
		if (shape instanceof Rect r) {
			List<Double> numbers = r.radius() == 0 ? List.of(r.x(), r.y(), r.width(), r.height()) : List.of(r.x(), r.y(), r.width(), r.height(), r.radius());
			return "{rect:" + numbers(numbers) + filled(r.filled()) + "}";
		}
		if (shape instanceof Polygon p) {
			return "{polygon:" + numbers(p.coordinates()) + filled(p.filled()) + "}";
		}
		return "{polyline:" + numbers(((Polyline) shape).coordinates()) + "}";
	}

	private static String filled(boolean filled) {
		return filled ? ",filled:!0" : "";
	}

	private static String numbers(List<Double> numbers) {
		return numbers.stream().map(ClientIconsTest::number).collect(Collectors.joining(",", "[", "]"));
	}

	/** A number as minified JavaScript writes it: 8, 1.5, .75. */
	private static String number(double number) {
		String text = number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
		return text.startsWith("0.") ? text.substring(1) : text;
	}
}
