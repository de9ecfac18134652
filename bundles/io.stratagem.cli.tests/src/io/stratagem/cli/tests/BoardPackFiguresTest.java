package io.stratagem.cli.tests;

import static io.stratagem.cli.tests.SiteFiles.children;
import static io.stratagem.cli.tests.SiteFiles.parseXml;
import static io.stratagem.cli.tests.SiteFiles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * One number per fact, in the board pack too: each section of the example's pack shows the figures
 * of the generated site, read back from the site's pages (the same computation, the same words).
 * A row of a site table is found in the pack's text as its non-empty cells separated by spaces.
 */
class BoardPackFiguresTest {

	@TempDir
	static Path dir;

	private static Path site;
	private static Map<String, String> sections;

	@BeforeAll
	static void generate() throws Exception {
		site = BoardPacks.generate(Cli.example(), dir.resolve("site"));
		try (PDDocument pack = BoardPacks.open(site)) {
			sections = BoardPacks.sections(pack);
		}
	}

	@Test
	void theExecutiveSummaryShowsTheOverviewsFrameworkCoverageAndTopRisks() throws Exception {
		List<String> coverage = rows("index.html", "Framework", List.of("Framework", "Requirements", "Satisfied", "Evidenced", "Coverage"), row -> true);
		assertEquals(4, coverage.size(), coverage.toString());
		assertContainsLines("Executive summary", coverage);
		List<String> risks = rows("index.html", "Risk", List.of("Risk", "Category", "Inherent", "Residual"), row -> true);
		assertEquals(5, risks.size(), risks.toString());
		assertContainsLines("Executive summary", risks);
	}

	@Test
	void theKeyFindingsCountEachRuleAsTheFindingsPageLists() throws Exception {
		Element root = parseXml(Files.readString(site.resolve("findings.html"))).getDocumentElement();
		Map<String, Integer> onSite = new java.util.TreeMap<>();
		NodeList rows = root.getElementsByTagName("tr");
		for (int i = 0; i < rows.getLength(); i++) {
			List<Element> cells = children((Element) rows.item(i), "td");
			if (!cells.isEmpty() && !cells.get(0).getTextContent().equals("info")) {
				onSite.merge(cells.get(0).getTextContent() + " " + cells.get(1).getTextContent(), 1, Integer::sum);
			}
		}
		Map<String, Integer> inPack = new java.util.TreeMap<>();
		Matcher line = Pattern.compile("(error|warning) (STRAT-[A-Z0-9-]+), (\\d+) findings?:").matcher(BoardPacks.flat(sections.get("Executive summary")));
		while (line.find()) {
			inPack.put(line.group(1) + " " + line.group(2), Integer.parseInt(line.group(3)));
		}
		assertEquals(onSite, inPack, "the example has fewer rules with findings than the summary lists, so all are shown");
	}

	@Test
	void theRoadmapShowsTheSitesSchedule() throws Exception {
		List<String> schedule = rows("roadmap.html", "Initiative", List.of("Initiative", "Phase", "Start", "Finish", "Slack (days)", "Critical"), row -> true);
		assertFalse(schedule.isEmpty());
		assertContainsLines("Roadmap", schedule);
	}

	@Test
	void theKpiScorecardShowsTheSitesStatusesAndForecasts() throws Exception {
		List<String> kpis = rows("kpis.html", "KPI", List.of("KPI", "Unit", "Baseline", "Target", "Latest", "Status", "Forecast", "On track"), row -> true);
		assertEquals(23, kpis.size());
		assertContainsLines("KPI scorecard", kpis);
	}

	@Test
	void theRisksSectionListsTheSitesOpenRisksWithTheirScores() throws Exception {
		List<String> open = rows("risks.html", "Risk", List.of("Risk", "Category", "Inherent", "Residual"), row -> !row.get(2).equals("closed"));
		assertFalse(open.isEmpty());
		assertContainsLines("Risks", open);
	}

	@Test
	void eachFrameworksChecklistHasTheFiguresOfItsSitePage() throws Exception {
		int checked = 0;
		for (String page : List.of("eu-ai-act", "nist-ai-rmf", "iso-iec-42001", "omb-m-25-21")) {
			Element root = parseXml(Files.readString(site.resolve("conformity/" + page + ".html"))).getDocumentElement();
			String title = root.getElementsByTagName("h1").item(0).getTextContent().replace("Conformity: ", "");
			Element main = (Element) root.getElementsByTagName("main").item(0);
			String sentence = main.getElementsByTagName("p").item(0).getTextContent();
			String counts = sentence.substring(0, sentence.indexOf("requirements.") + "requirements.".length());
			List<String> lines = BoardPacks.lines(sections.get("Conformity"));
			int heading = lines.indexOf(title);
			assertTrue(heading >= 0, title + " has no heading in the pack");
			assertEquals(counts, lines.get(heading + 1), title);
			checked++;
		}
		assertEquals(4, checked);
	}

	/**
	 * The rows of the first table of a site page whose first heading is {@code firstHeading}: the
	 * named columns' non-empty texts, joined by spaces.
	 */
	private static List<String> rows(String page, String firstHeading, List<String> columns, Predicate<List<String>> keep) throws Exception {
		Element root = parseXml(Files.readString(site.resolve(page))).getDocumentElement();
		NodeList tables = root.getElementsByTagName("table");
		for (int t = 0; t < tables.getLength(); t++) {
			Element table = (Element) tables.item(t);
			List<String> headings = texts(table.getElementsByTagName("th"));
			if (headings.isEmpty() || !headings.get(0).equals(firstHeading)) {
				continue;
			}
			List<String> rows = new ArrayList<>();
			for (Element row : children((Element) table.getElementsByTagName("tbody").item(0), "tr")) {
				List<String> cells = children(row, "td").stream().map(cell -> cell.getTextContent().replaceAll("\\s+", " ").trim()).toList();
				if (!keep.test(cells)) {
					continue;
				}
				rows.add(String.join(" ", columns.stream().map(headings::indexOf).map(cells::get).filter(text -> !text.isEmpty()).toList()));
			}
			return rows;
		}
		throw new AssertionError(page + " has no table headed " + firstHeading);
	}

	private static void assertContainsLines(String section, List<String> expected) {
		String text = " " + BoardPacks.flat(sections.get(section)) + " ";
		List<String> absent = expected.stream().filter(row -> !text.contains(" " + row + " ")).toList();
		assertTrue(absent.isEmpty(), section + " lacks " + absent + "\n" + sections.get(section));
	}
}
