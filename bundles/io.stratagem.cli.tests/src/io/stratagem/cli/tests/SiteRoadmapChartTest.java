package io.stratagem.cli.tests;

import static io.stratagem.cli.tests.SiteFiles.byClass;
import static io.stratagem.cli.tests.SiteFiles.parseXml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import io.stratagem.testing.CommandRun;

/**
 * One Gantt: the roadmap page of the site shows the timeline {@code stratagem diagram --kind
 * roadmap} draws, from the same layout and painter, so the two cannot drift apart.
 */
class SiteRoadmapChartTest {

	@TempDir
	Path dir;

	@Test
	void theRoadmapPageAndTheRoadmapDiagramDrawTheSameBarsAndMilestones() throws Exception {
		Path site = Cli.generateExample(dir.resolve("site"));
		Path svg = dir.resolve("roadmap.svg");
		CommandRun diagram = Cli.run("diagram", Cli.example().toString(), "--kind", "roadmap", "-o", svg.toString());
		assertEquals(0, diagram.exitCode(), diagram.toString());

		Element page = parseXml(Files.readString(site.resolve("roadmap.html"))).getDocumentElement();
		Element drawing = parseXml(Files.readString(svg)).getDocumentElement();
		List<String> bars = shapes(drawing, "initiative", "rect");
		assertEquals(35, bars.size(), "one bar per initiative");
		assertEquals(bars, shapes(page, "initiative", "rect"), "the same initiatives at the same places with the same dates");
		List<String> milestones = shapes(drawing, "milestone", "polygon");
		assertEquals(7, milestones.size());
		assertEquals(milestones, shapes(page, "milestone", "polygon"));

		String inline = Files.readString(site.resolve("roadmap.html"));
		inline = inline.substring(inline.indexOf("<svg "), inline.indexOf("</svg>\n") + "</svg>\n".length());
		assertEquals(Files.readString(svg).replaceFirst("^<\\?xml [^>]*\\?>\n", ""), inline, "the page shows the very drawing of the diagram command");
	}

	@Test
	void theChartMarksTheCriticalPathAndNamesEveryBarWithItsDates() throws Exception {
		Path site = Cli.generateExample(dir.resolve("site"));
		Element page = parseXml(Files.readString(site.resolve("roadmap.html"))).getDocumentElement();
		List<Element> bars = byClass(page, "g", "initiative");
		assertTrue(bars.stream().anyMatch(b -> List.of(b.getAttribute("class").split(" ")).contains("critical")), "the critical path is highlighted");
		for (Element bar : bars) {
			String title = bar.getElementsByTagName("title").item(0).getTextContent();
			assertTrue(title.matches("(?s)[^\n]+\n\\d{4}-\\d{2}-\\d{2} to \\d{4}-\\d{2}-\\d{2}.*"), "the tooltip names the bar and its dates: " + title);
		}
		assertEquals(1, page.getElementsByTagName("svg").getLength(), "inline, no external resource");
		assertEquals(0, page.getElementsByTagName("image").getLength() + page.getElementsByTagName("use").getLength());
	}

	/**
	 * Issue 21: a roadmap to 2031 is wider than a screen (the example's was cut at 2029-06 at 1,400
	 * px). The drawing is whole, with its last quarter, and scrolls sideways inside the figure while
	 * one column of names stays in view beside it: the phase and the initiatives of each row, at the
	 * drawing's heights.
	 */
	@Test
	void aLongRoadmapScrollsWithItsNamesKeptInView() throws Exception {
		Path models = Files.createDirectories(dir.resolve("models"));
		Files.writeString(models.resolve("plan.strategy"), """
				namespace plan
				roadmap R "Long plan" {
					phase Build "Build" 2027-Q1 to 2031-Q4 {
						initiative Platform "Data platform" {
							start 2027-01
							duration 60 months
						}
						initiative Pilot "First pilot" {
							start 2027-01
							duration 6 months
						}
						initiative Scale "Scale out" {
							start 2027-09
							duration 12 months
						}
					}
				}
				""");
		Path site = dir.resolve("site");
		CommandRun result = Cli.run("generate", models.toString(), "-o", site.toString(), "--force");
		assertEquals(0, result.exitCode(), result.toString());
		Element page = parseXml(Files.readString(site.resolve("roadmap.html"))).getDocumentElement();
		Element figure = byClass(page, "figure", "gantt").get(0);
		Element svg = (Element) figure.getElementsByTagName("svg").item(0);
		List<String> quarters = byClass(svg, "g", "quarters").stream().flatMap(g -> SiteFiles.texts(g.getElementsByTagName("text")).stream()).toList();
		assertEquals("2027 Q1", quarters.get(0));
		assertEquals("2031 Q4", quarters.get(quarters.size() - 1), "the last quarter is drawn");
		assertTrue(Double.parseDouble(svg.getAttribute("width")) > 1400, "wider than the screen, so it scrolls");

		List<Element> names = byClass(page, "div", "gantt-names");
		assertEquals(1, names.size(), "one names column");
		assertEquals(figure, names.get(0).getParentNode(), "beside the drawing, in the scrolled figure");
		assertEquals(List.of("Build"), SiteFiles.texts(names.get(0).getElementsByTagName("span")));
		// Platform and Pilot start together, so they take two rows; Scale fits after Pilot.
		assertEquals(List.of("Data platform", "First pilot \u00b7 Scale out"),
				byClass(names.get(0), "div", "gantt-row").stream().map(Element::getTextContent).toList());
		String css = Files.readString(site.resolve("style.css"));
		assertTrue(css.contains(".gantt{overflow-x:auto;") && css.contains(".gantt-names{position:sticky;left:0;"), css);
	}

	/** Each element of a kind: its qualified name, the geometry of its shape and its tooltip. */
	private static List<String> shapes(Element root, String kind, String shape) {
		return byClass(root, "g", kind).stream().map(g -> {
			Element figure = (Element) g.getElementsByTagName(shape).item(0);
			String geometry = shape.equals("rect") ? "x=" + figure.getAttribute("x") + " width=" + figure.getAttribute("width")
					: "points=" + figure.getAttribute("points");
			return g.getAttribute("data-element") + " " + geometry + " " + g.getElementsByTagName("title").item(0).getTextContent();
		}).toList();
	}
}
