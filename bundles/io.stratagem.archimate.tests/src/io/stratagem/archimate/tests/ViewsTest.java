package io.stratagem.archimate.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.stratagem.archimate.ArchimateExport;
import io.stratagem.diagram.Bounds;
import io.stratagem.diagram.Markers;
import io.stratagem.diagram.roadmap.RoadmapDiagram;
import io.stratagem.diagram.roadmap.RoadmapLayout;
import io.stratagem.diagram.strategy.GraphFilter;
import io.stratagem.diagram.strategy.StrategyGraph;
import io.stratagem.diagram.strategy.StrategyGraphLayout;
import io.stratagem.model.Roadmap;
import io.stratagem.model.StrategyModel;
import io.stratagem.model.xml.SecureXml;

/** The views carry the positions of Stratagem's own layouts: the roadmap timeline and the strategy graph. */
class ViewsTest {

	private static final String MODEL = """
			namespace v

			objective Grow
			kpi Revenue
			usecase Assist {
				serves Grow
				kpis Revenue
			}

			roadmap Plan {
				phase One 2027-Q1 to 2027-Q4 {
					initiative Build {
						start 2027-01
						duration 3 months
						delivers Assist
					}
					initiative Run {
						duration 2 months
						after Build
					}
					milestone Live at 2027-09 {
						after Run
					}
				}
			}
			""";

	@TempDir
	Path dir;

	@Test
	void theRoadmapViewPlacesPhasesInitiativesAndMilestonesWhereTheTimelineDoes() throws Exception {
		ArchimateExport.Result result = Exchange.export(dir, MODEL);
		Map<String, StrategyModel> models = Exchange.load(dir);
		Roadmap roadmap = (Roadmap) models.get("model.strategy").getElements().stream().filter(Roadmap.class::isInstance).findFirst().orElseThrow();
		RoadmapDiagram diagram = new RoadmapLayout().layout(roadmap, Markers.none());
		Bounds build = diagram.bar("v.Build").orElseThrow().bounds();
		Bounds phase = diagram.bands().stream().filter(b -> "v.One".equals(b.id())).findFirst().orElseThrow().bounds();
		io.stratagem.diagram.Point live = diagram.milestone("v.Live").orElseThrow().centre();
		assertEquals(List.of(
				"id-v.One " + rounded(phase),
				"id-v.Build " + rounded(build),
				"id-v.Run " + rounded(diagram.bar("v.Run").orElseThrow().bounds()),
				"id-v.Live " + rounded(new Bounds(live.x() - 12, live.y() - 12, 24, 24)),
				"connection " + Exchange.relationship(result.xml(), "Triggering", "v.Build", "v.Run")), nodes(result.xml(), "Plan"));
	}

	@Test
	void theStrategyViewPlacesElementsWhereTheStrategyGraphDoes() throws Exception {
		ArchimateExport.Result result = Exchange.export(dir, MODEL);
		StrategyGraph graph = new StrategyGraphLayout().layout(Exchange.load(dir).values(), GraphFilter.all(), Markers.none());
		List<String> expected = new ArrayList<>();
		graph.nodes().forEach(n -> expected.add("id-" + n.id() + " " + rounded(n.bounds())));
		expected.add("connection " + Exchange.relationship(result.xml(), "Realization", "v.Assist", "v.Grow"));
		expected.add("connection " + Exchange.relationship(result.xml(), "Realization", "v.Assist", "v.Revenue"));
		assertEquals(expected, nodes(result.xml(), "Strategy"));
	}

	private static String rounded(Bounds bounds) {
		return Math.round(bounds.x()) + "," + Math.round(bounds.y()) + " " + Math.round(bounds.width()) + "x" + Math.round(bounds.height());
	}

	/** The nodes of the view with this name as {@code element x,y wxh}, then its connections' relationships. */
	private static List<String> nodes(String xml, String view) throws Exception {
		NodeList views = SecureXml.parse(xml, "export").getElementsByTagNameNS("*", "view");
		for (int i = 0; i < views.getLength(); i++) {
			Element element = (Element) views.item(i);
			if (element.getElementsByTagNameNS("*", "name").item(0).getTextContent().equals(view)) {
				List<String> lines = new ArrayList<>();
				NodeList nodes = element.getElementsByTagNameNS("*", "node");
				for (int n = 0; n < nodes.getLength(); n++) {
					Element node = (Element) nodes.item(n);
					lines.add(node.getAttribute("elementRef") + " " + node.getAttribute("x") + "," + node.getAttribute("y") + " " + node.getAttribute("w") + "x"
							+ node.getAttribute("h"));
				}
				NodeList connections = element.getElementsByTagNameNS("*", "connection");
				for (int c = 0; c < connections.getLength(); c++) {
					lines.add("connection " + ((Element) connections.item(c)).getAttribute("relationshipRef"));
				}
				return lines;
			}
		}
		throw new AssertionError("no view " + view);
	}
}
