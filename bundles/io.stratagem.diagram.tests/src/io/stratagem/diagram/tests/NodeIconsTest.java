package io.stratagem.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import io.stratagem.diagram.Markers;
import io.stratagem.diagram.render.DiagramExport;
import io.stratagem.diagram.strategy.GraphFilter;
import io.stratagem.diagram.strategy.GraphNode;
import io.stratagem.diagram.strategy.NodeType;
import io.stratagem.diagram.strategy.StrategyGraph;
import io.stratagem.diagram.strategy.StrategyGraphLayout;

/** Every node of the strategy graph's SVG carries the icon of its type, and each type's icon is its own. */
class NodeIconsTest {

	@Test
	void everyNodeHoldsTheIconOfItsTypeAndTheIconsDiffer() throws Exception {
		StrategyGraph graph = new StrategyGraphLayout().layout(AcmeInsurance.roots(), GraphFilter.all(), Markers.none());
		Document svg = SvgAndPngExportTest.parse(DiagramExport.svg(graph));
		Map<String, String> drawingOfType = new HashMap<>();
		Set<NodeType> seen = EnumSet.noneOf(NodeType.class);
		for (GraphNode node : graph.nodes()) {
			List<Element> icons = childGroups(SvgAndPngExportTest.element(svg, node.id()), "icon ");
			assertEquals(List.of("icon " + node.type().key()), icons.stream().map(i -> i.getAttribute("class")).toList(), node.id());
			Element icon = icons.get(0);
			assertTrue(icon.getElementsByTagName("*").getLength() >= 1, "the icon of " + node.id() + " draws something");
			// the same type is drawn the same way on every node (placed elsewhere)
			String drawing = shapes(icon);
			String earlier = drawingOfType.putIfAbsent(node.type().key(), drawing);
			assertTrue(earlier == null || earlier.equals(drawing), node.id());
			seen.add(node.type());
		}
		assertEquals(EnumSet.allOf(NodeType.class), seen, "the example has every type");
		assertEquals(NodeType.values().length, new HashSet<>(drawingOfType.values()).size(), "no two types share an icon: " + drawingOfType);
		// the legend shows each type's icon on its swatch
		Element legend = SvgAndPngExportTest.groups(svg, "legend").get(0);
		assertEquals(NodeType.values().length, childGroups(legend, "icon ").size());
	}

	@Test
	void aFilteredGraphHoldsOnlyTheIconsOfItsTypes() throws Exception {
		StrategyGraph graph = new StrategyGraphLayout().layout(AcmeInsurance.roots(), new GraphFilter(EnumSet.of(NodeType.KPI, NodeType.RISK), null), Markers.none());
		Document svg = SvgAndPngExportTest.parse(DiagramExport.svg(graph));
		int kpis = 0;
		int risks = 0;
		for (Element node : SvgAndPngExportTest.groups(svg, "node")) {
			String icon = childGroups(node, "icon ").get(0).getAttribute("class");
			kpis += icon.equals("icon kpi") ? 1 : 0;
			risks += icon.equals("icon risk") ? 1 : 0;
		}
		assertEquals(23, kpis);
		assertEquals(17, risks);
		assertEquals(graph.nodes().size(), kpis + risks);
	}

	private static List<Element> childGroups(Element parent, String classPrefix) {
		List<Element> groups = new ArrayList<>();
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && element.getLocalName().equals("g") && element.getAttribute("class").startsWith(classPrefix)) {
				groups.add(element);
			}
		}
		return groups;
	}

	/** The icon's shapes without their position: element names and sizes, in order. */
	private static String shapes(Element icon) {
		StringBuilder text = new StringBuilder();
		for (Node child = icon.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element) {
				text.append(element.getLocalName()).append('(').append(element.getAttribute("width")).append('x').append(element.getAttribute("height"))
						.append(',').append(element.getAttribute("points").split(" ").length).append(',').append(element.getAttribute("fill")).append(") ");
			}
		}
		return text.toString();
	}
}
