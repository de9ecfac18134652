package io.stratagem.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import io.stratagem.diagram.Markers;
import io.stratagem.diagram.render.DiagramExport;
import io.stratagem.diagram.roadmap.RoadmapDiagram;
import io.stratagem.diagram.roadmap.RoadmapLayout;
import io.stratagem.diagram.strategy.GraphFilter;
import io.stratagem.diagram.strategy.StrategyGraph;
import io.stratagem.diagram.strategy.StrategyGraphLayout;
import io.stratagem.roadmap.schedule.ScheduleService;
import io.stratagem.workspace.report.Finding;
import io.stratagem.workspace.report.Severity;

/** SVG is well-formed XML with real, escaped text and validation markers; PNG is a real image. */
class SvgAndPngExportTest {

	@Test
	void theExampleDiagramsAreWellFormedSvgWithTheirTitlesAsText() throws Exception {
		RoadmapDiagram roadmap = new RoadmapLayout().layout(AcmeInsurance.roadmap(), Markers.none());
		StrategyGraph graph = new StrategyGraphLayout().layout(AcmeInsurance.roots(), GraphFilter.all(), Markers.none());
		String roadmapSvg = DiagramExport.svg(roadmap);
		String graphSvg = DiagramExport.svg(graph);
		Document roadmapDocument = parse(roadmapSvg);
		assertEquals("svg", roadmapDocument.getDocumentElement().getLocalName());
		assertTrue(texts(roadmapDocument).contains("Set up the EU sovereign cloud tenancy"));
		assertTrue(texts(roadmapDocument).contains("delivers Claims fraud referral scoring"));
		assertEquals(roadmap.bars().size(), groups(roadmapDocument, "initiative").size());
		assertEquals(roadmap.bars().stream().filter(b -> b.critical()).count(), groups(roadmapDocument, "initiative critical").size());
		Document graphDocument = parse(graphSvg);
		assertTrue(texts(graphDocument).contains("Motor and home claims triage"));
		assertEquals(graph.nodes().size(), groups(graphDocument, "node").size());
		// kept as build artifacts for people to look at
		Path folder = Path.of("target", "diagrams");
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("acme-roadmap.svg"), roadmapSvg);
		Files.writeString(folder.resolve("acme-strategy.svg"), graphSvg);
		Files.write(folder.resolve("acme-roadmap.png"), DiagramExport.png(roadmap));
		Files.write(folder.resolve("acme-strategy.png"), DiagramExport.png(graph));
	}

	@Test
	void hostileTitlesAreEscapedAndShownAsWritten() throws Exception {
		HostileModel hostile = new HostileModel();
		String roadmapSvg = DiagramExport.svg(new RoadmapLayout().layout(hostile.roadmap, Markers.none()));
		String graphSvg = DiagramExport.svg(new StrategyGraphLayout().layout(List.of(hostile.model), GraphFilter.all(), Markers.none()));
		for (String svg : List.of(roadmapSvg, graphSvg)) {
			assertFalse(svg.contains("<script>"), "markup in titles is escaped");
			assertFalse(svg.contains("\u0001"), "characters XML does not allow are dropped");
		}
		Document roadmap = parse(roadmapSvg);
		assertTrue(texts(roadmap).contains(HostileModel.INITIATIVE_TITLE), texts(roadmap).toString());
		assertTrue(texts(roadmap).contains("Plan <2027> & beyond"));
		assertTrue(texts(roadmap).contains("delivers <script>alert(\"x\")</script> & 'q'"), texts(roadmap).toString());
		Document graph = parse(graphSvg);
		Element useCase = element(graph, "evil.Bad");
		assertTrue(title(useCase).startsWith("<script>alert(\"x\")</script> & 'q'\nUse case evil.Bad"), title(useCase));
		assertTrue(texts(graph).contains("Grow <fast> & 'safely'"));
	}

	@Test
	void elementsWithDiagnosticsCarryMarkers() throws Exception {
		HostileModel hostile = new HostileModel();
		Markers markers = Markers.none().add("evil.Bad", marker(Severity.WARNING, "STRAT-UC-002", "no KPI"))
				.add("evil.Bad", marker(Severity.ERROR, "STRAT-UC-001", "no <owner>")).add("evil.Build", marker(Severity.WARNING, "STRAT-RM-003", "late"));
		StrategyGraph graph = new StrategyGraphLayout().layout(List.of(hostile.model), GraphFilter.all(), markers);
		assertEquals(List.of(Severity.ERROR, Severity.WARNING), graph.node("evil.Bad").orElseThrow().markers().stream().map(Finding::severity).toList());
		assertTrue(graph.node("evil.Goal").orElseThrow().markers().isEmpty());
		Document graphSvg = parse(DiagramExport.svg(graph));
		Element useCase = element(graphSvg, "evil.Bad");
		assertEquals("node usecase marker-error", useCase.getAttribute("class"));
		assertTrue(title(useCase).endsWith("\nerror STRAT-UC-001: no <owner>\nwarning STRAT-UC-002: no KPI"), title(useCase));
		assertEquals("node objective", element(graphSvg, "evil.Goal").getAttribute("class"));

		RoadmapDiagram roadmap = new RoadmapLayout().layout(hostile.roadmap, markers);
		assertEquals("STRAT-RM-003", roadmap.bar("evil.Build").orElseThrow().markers().get(0).code());
		Element bar = element(parse(DiagramExport.svg(roadmap)), "evil.Build");
		assertTrue(bar.getAttribute("class").endsWith("marker-warning"), bar.getAttribute("class"));
		assertTrue(title(bar).endsWith("\nwarning STRAT-RM-003: late"), title(bar));
	}

	@Test
	void theSameModelGivesTheSameBytes() {
		String first = DiagramExport.svg(new StrategyGraphLayout().layout(AcmeInsurance.roots(), GraphFilter.all(), Markers.none()));
		String second = DiagramExport.svg(new StrategyGraphLayout().layout(AcmeInsurance.roots(), GraphFilter.all(), Markers.none()));
		assertEquals(first, second);
		RoadmapDiagram roadmap = new RoadmapLayout().layout(AcmeInsurance.roadmap(), Markers.none());
		assertEquals(DiagramExport.svg(roadmap), DiagramExport.svg(new RoadmapLayout().layout(AcmeInsurance.roadmap(), Markers.none())));
		assertArrayEquals(DiagramExport.png(roadmap), DiagramExport.png(roadmap));
	}

	@Test
	void theInlineSvgIsTheFileWithoutItsXmlDeclaration() throws Exception {
		RoadmapDiagram roadmap = new RoadmapLayout().layout(AcmeInsurance.roadmap(), Markers.none());
		String inline = DiagramExport.inlineSvg(roadmap);
		assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + inline, DiagramExport.svg(roadmap));
		assertTrue(inline.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" "), inline.substring(0, 60));
		assertEquals("svg", parse(inline).getDocumentElement().getLocalName());
	}

	@Test
	void aScheduleComputedBeforeGivesTheSameDiagram() {
		RoadmapDiagram scheduledHere = new RoadmapLayout().layout(AcmeInsurance.roadmap(), Markers.none());
		RoadmapDiagram scheduledBefore = new RoadmapLayout().layout(AcmeInsurance.roadmap(), new ScheduleService().schedule(AcmeInsurance.roadmap()),
				Markers.none());
		assertEquals(DiagramExport.svg(scheduledHere), DiagramExport.svg(scheduledBefore));
	}

	@Test
	void pngIsAnImageOfTheDiagramAtTwiceItsSize() throws IOException {
		RoadmapDiagram roadmap = new RoadmapLayout().layout(AcmeInsurance.roadmap(), Markers.none());
		byte[] png = DiagramExport.png(roadmap);
		assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, java.util.Arrays.copyOf(png, 4));
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertEquals((int) Math.ceil(roadmap.width() * DiagramExport.PNG_SCALE), image.getWidth());
		assertEquals((int) Math.ceil(roadmap.height() * DiagramExport.PNG_SCALE), image.getHeight());
		assertEquals(0xffffff, image.getRGB(1, 1) & 0xffffff, "white background");
	}

	static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
	}

	static List<String> texts(Document document) {
		NodeList nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent());
		}
		return texts;
	}

	static List<Element> groups(Document document, String kind) {
		NodeList nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
		List<Element> groups = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			Element group = (Element) nodes.item(i);
			if ((group.getAttribute("class") + " ").startsWith(kind + " ")) {
				groups.add(group);
			}
		}
		return groups;
	}

	static Element element(Document document, String id) {
		NodeList nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
		for (int i = 0; i < nodes.getLength(); i++) {
			Element group = (Element) nodes.item(i);
			if (id.equals(group.getAttribute("data-element"))) {
				return group;
			}
		}
		throw new AssertionError("no group for " + id);
	}

	static String title(Element group) {
		return group.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent();
	}

	/** A finding as a front end passes it to the diagrams; only severity, code and message are drawn. */
	private static Finding marker(Severity severity, String code, String message) {
		return new Finding(severity, code, message, "evil.strategy", 0, 0, null);
	}
}
