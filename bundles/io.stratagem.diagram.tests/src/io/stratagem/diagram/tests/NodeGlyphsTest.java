package io.stratagem.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.stratagem.diagram.render.NodeGlyphs;
import io.stratagem.diagram.render.NodeGlyphs.Circle;
import io.stratagem.diagram.render.NodeGlyphs.Polygon;
import io.stratagem.diagram.render.NodeGlyphs.Polyline;
import io.stratagem.diagram.render.NodeGlyphs.Rect;
import io.stratagem.diagram.strategy.NodeType;

/**
 * The icons' one data file (render/node-icons.json, which the interactive client bundles too) holds a glyph
 * for every type and for no other, and a file that does not is refused with what is wrong and where.
 */
class NodeGlyphsTest {

	@Test
	void theDataFileHoldsAGlyphForEveryTypeOnASixteenGrid() {
		NodeGlyphs glyphs = NodeGlyphs.standard();
		assertEquals(EnumSet.allOf(NodeType.class), glyphs.glyphs().keySet());
		assertEquals(16, glyphs.grid());
		assertEquals(1.5, glyphs.lineWidth());
		assertEquals("a bar chart", glyphs.glyphs().get(NodeType.KPI).depicts());
		assertEquals(List.of(new Rect(1, 9, 3.5, 6, 0, true), new Rect(6.25, 5, 3.5, 10, 0, true), new Rect(11.5, 1, 3.5, 14, 0, true)),
				glyphs.glyphs().get(NodeType.KPI).shapes());
		assertEquals(List.of(new Polygon(List.of(8.0, 1.0, 15.25, 15.0, 0.75, 15.0), false), new Polyline(List.of(8.0, 5.5, 8.0, 10.5)),
				new Rect(7.25, 12, 1.5, 1.5, 0, true)), glyphs.glyphs().get(NodeType.RISK).shapes());
		assertEquals(new Circle(8, 8, 1.5, true), glyphs.glyphs().get(NodeType.OBJECTIVE).shapes().get(2));
		assertEquals(new Rect(1, 1, 14, 4, 2, false), glyphs.glyphs().get(NodeType.DATA_ASSET).shapes().get(0));
	}

	@Test
	void anIconNamingNoTypeIsRefused() throws Exception {
		String file = dataFile().replace("\"kpi\": {", "\"kpis\": {");
		assertEquals("node-icons.json: icon 'kpis' names no type; use one of objective, usecase, kpi, risk, control, data, capability, partner",
				assertThrows(IllegalArgumentException.class, () -> NodeGlyphs.read(file)).getMessage());
	}

	@Test
	void aTypeWithoutAnIconIsRefused() throws Exception {
		String dots = EnumSet.range(NodeType.OBJECTIVE, NodeType.CAPABILITY).stream()
				.map(type -> "\"" + type.key() + "\": {\"depicts\": \"a dot\", \"shapes\": [{\"circle\": [8, 8, 1]}]}").collect(Collectors.joining(", "));
		String file = "{\"grid\": 16, \"lineWidth\": 1.5, \"icons\": {" + dots + "}}";
		assertEquals("node-icons.json: no icon for partner; every type needs one",
				assertThrows(IllegalArgumentException.class, () -> NodeGlyphs.read(file)).getMessage());
	}

	@Test
	void aShapeOfTheWrongSizeOrKindIsRefusedNamingItsPlace() throws Exception {
		String circle = dataFile().replace("{ \"circle\": [8, 8, 4] }", "{ \"circle\": [8, 8] }");
		assertEquals("node-icons.json icon 'objective' shape 2: a circle takes 3 numbers (cx, cy, r), not 2",
				assertThrows(IllegalArgumentException.class, () -> NodeGlyphs.read(circle)).getMessage());
		String ellipse = dataFile().replace("{ \"circle\": [8, 8, 4] }", "{ \"ellipse\": [8, 8, 4, 3] }");
		assertEquals("node-icons.json icon 'objective' shape 2: unknown shape 'ellipse'; use circle, rect, polygon or polyline",
				assertThrows(IllegalArgumentException.class, () -> NodeGlyphs.read(ellipse)).getMessage());
		String misspelt = dataFile().replace("{ \"rect\": [1, 9, 3.5, 6], \"filled\": true }", "{ \"rect\": [1, 9, 3.5, 6], \"fill\": true }");
		assertEquals("node-icons.json icon 'kpi' shape 1: name one of circle, rect, polygon or polyline (and filled), not [rect, fill]",
				assertThrows(IllegalArgumentException.class, () -> NodeGlyphs.read(misspelt)).getMessage());
		String filledLine = dataFile().replace("{ \"polyline\": [8, 5.5, 8, 10.5] }", "{ \"polyline\": [8, 5.5, 8, 10.5], \"filled\": true }");
		assertEquals("node-icons.json icon 'risk' shape 2: a polyline is a line, it cannot be filled",
				assertThrows(IllegalArgumentException.class, () -> NodeGlyphs.read(filledLine)).getMessage());
	}

	/** The data file as packed in io.stratagem.diagram. */
	static String dataFile() throws Exception {
		try (InputStream in = NodeGlyphs.class.getResourceAsStream(NodeGlyphs.FILE)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
