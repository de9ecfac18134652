package io.stratagem.cli.tests;

import static io.stratagem.cli.tests.SiteFiles.byClass;
import static io.stratagem.cli.tests.SiteFiles.parseXml;
import static io.stratagem.testing.ProjectFiles.files;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import io.stratagem.testing.CommandRun;

/** The sentences of the overview page, word for word: element counts, the roadmap line and its critical path. */
class SiteOverviewTextTest {

	@TempDir
	Path dir;

	@Test
	void elementCountsArePluralEnglish() throws Exception {
		Element overview = overview(Cli.example());
		assertEquals(List.of("Objectives", "Use cases", "Data assets", "Capabilities", "Partners", "KPIs", "Risks", "Controls", "Initiatives",
				"Ethics reviews"), byClass(overview, "div", "card").stream().map(card -> card.getElementsByTagName("p").item(1).getTextContent()).toList());
	}

	/** Two initiatives, B after A: both critical, named in order with an arrow between them. */
	@Test
	void criticalPathNamesAreSeparated() throws Exception {
		Path models = Files.createDirectories(dir.resolve("models"));
		Files.writeString(models.resolve("plan.strategy"), """
				namespace plan
				roadmap R {
					initiative A "Build the data platform" {
						start 2027-01
						duration 2 months
					}
					initiative B "Train the first model" {
						duration 1 months
						after A
					}
				}
				""");
		assertEquals("2 initiatives from 2027-01-01 to 2027-03-31. Critical path: Build the data platform → Train the first model. Gantt chart",
				roadmapLine(overview(models)));
	}

	@Test
	void aModelWithoutARoadmapSaysSo() throws Exception {
		Path models = Files.createDirectories(dir.resolve("models"));
		Files.writeString(models.resolve("s.strategy"), """
				namespace s
				strategy S "Strategy" {
					horizon 2027-Q1 to 2027-Q4
				}
				""");
		assertEquals("The models have no roadmap. Critical path: none. Gantt chart", roadmapLine(overview(models)));
	}

	/** Issue 21: the federal model's roadmap read "0 initiatives from - to -". */
	@Test
	void aRoadmapWithoutInitiativesSaysSoInsteadOfDashes() throws Exception {
		Path models = Files.createDirectories(dir.resolve("models"));
		Files.writeString(models.resolve("plan.strategy"), """
				namespace plan
				roadmap R "Plan" {
				}
				""");
		assertEquals("The roadmap has no scheduled initiative. Critical path: none. Gantt chart", roadmapLine(overview(models)));
	}

	private Element overview(Path models) throws Exception {
		Path site = dir.resolve("site");
		CommandRun result = Cli.run("generate", models.toString(), "-o", site.toString(), "--force");
		assertEquals(0, result.exitCode(), result.toString());
		Map<String, String> files = files(site);
		return parseXml(files.get("index.html")).getDocumentElement();
	}

	/** The paragraph under the overview's "Roadmap" heading. */
	private static String roadmapLine(Element overview) {
		var headings = overview.getElementsByTagName("h2");
		for (int i = 0; i < headings.getLength(); i++) {
			if (headings.item(i).getTextContent().equals("Roadmap")) {
				org.w3c.dom.Node next = headings.item(i).getNextSibling();
				while (!(next instanceof Element)) {
					next = next.getNextSibling();
				}
				return next.getTextContent().trim().replaceAll("\\s+", " ");
			}
		}
		throw new AssertionError("no Roadmap heading");
	}
}
