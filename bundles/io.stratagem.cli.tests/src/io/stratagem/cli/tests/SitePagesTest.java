package io.stratagem.cli.tests;

import static io.stratagem.cli.tests.SiteFiles.byClass;
import static io.stratagem.cli.tests.SiteFiles.children;
import static io.stratagem.cli.tests.SiteFiles.csv;
import static io.stratagem.cli.tests.SiteFiles.firstText;
import static io.stratagem.cli.tests.SiteFiles.parseXml;
import static io.stratagem.cli.tests.SiteFiles.texts;
import static io.stratagem.testing.ProjectFiles.files;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;


/**
 * The pages of the generated site on the bundled example, against what its files say: the
 * readiness board, the traceability matrices, the conformity checklists, the use cases' pages, the
 * Mermaid flowchart and the JSON exports.
 */
class SitePagesTest {

	@TempDir
	static Path dir;

	private static Map<String, String> site;

	@BeforeAll
	static void generate() throws Exception {
		site = files(Cli.generateExample(dir.resolve("site")));
	}

	@Test
	void readinessBoardHasEveryUseCaseAndDimension() throws Exception {
		// one table per business unit (SiteGroupsTest), with the same columns
		List<Element> boards = byClass(page("readiness.html"), "table", "board");
		Element board = boards.get(0);
		List<Element> rows = boards.stream().flatMap(table -> rows(table).stream()).toList();
		assertEquals(13, rows.size());
		assertEquals(List.of("Use case", "Overall", "Data", "Skills", "Capabilities", "Vendors", "Ethics review", "Controls", "What would make it ready"),
				texts(board.getElementsByTagName("th")));
		Element screening = rows.stream().filter(r -> r.getTextContent().startsWith("CV pre-screening for high-volume hiring")).findFirst().orElseThrow();
		List<Element> cells = children(screening, "td");
		// CandidateScreening's review has open conditions due before its go-live, and no delivering team has FairnessTesting.
		assertTrue(cells.get(6).getTextContent().startsWith("on track") && cells.get(6).getTextContent().contains("condition \"Works council agreement"),
				cells.get(6).getTextContent());
		assertTrue(cells.get(3).getTextContent().contains("no delivering team has FairnessTesting"), cells.get(3).getTextContent());
		assertEquals("at risk", cells.get(1).getTextContent());
	}

	/** usecases-*.strategy: 14 "serves" links and 24 KPI links among 13 use cases, 13 objectives and 23 KPIs. */
	@Test
	void traceabilityGridsCountTheModelsLinks() throws Exception {
		List<Element> matrices = byClass(page("traceability.html"), "section", "matrix");
		assertEquals(4, matrices.size());
		assertEquals("Objectives and the use cases that serve them", firstText(matrices.get(0), "h2"));
		assertEquals("13 × 13, 14 links", firstText(matrices.get(0), "p"));
		assertEquals(14, marks(matrices.get(0)));
		assertEquals("13 × 23, 24 links", firstText(matrices.get(1), "p"));
		assertEquals(24, marks(matrices.get(1)));
		// Every requirement of the four frameworks is a column: too many for a grid, so listed.
		assertTrue(byClass(matrices.get(3), "table", "grid").isEmpty());
	}

	/**
	 * EU AI Act: the three high-risk use cases. A deployer (MedicalUnderwritingAssist) gets Art. 4,
	 * 26, 27 and 49; a provider and deployer (LifeRiskScoring) also Art. 6, 9-17, 43, 47, 48, 72, 73.
	 */
	@Test
	void euAiActChecklistFollowsTierAndRole() throws Exception {
		List<Element> sections = byClass(page("conformity/eu-ai-act.html"), "section", "checklist");
		assertEquals(List.of("Medical evidence assistant for life underwriting", "Applicant risk scoring for term life",
				"CV pre-screening for high-volume hiring"), sections.stream().map(s -> firstText(s, "h3")).toList());
		assertEquals(List.of("AIA-4", "AIA-26", "AIA-27", "AIA-49"), codes(sections.get(0)));
		assertEquals(List.of("AIA-4", "AIA-6", "AIA-9", "AIA-10", "AIA-11", "AIA-12", "AIA-13", "AIA-14", "AIA-15", "AIA-16", "AIA-17", "AIA-26",
				"AIA-27", "AIA-43", "AIA-47", "AIA-48", "AIA-49", "AIA-72", "AIA-73"), codes(sections.get(1)));
		// governance.strategy: the technical documentation control of LifeRiskScoring is still being implemented.
		Element art11 = rows(byClass(sections.get(1), "table", "checklist").get(0)).get(4);
		assertEquals("planned", children(art11, "td").get(1).getTextContent());
	}

	/** roadmap.strategy plans 411 person-months over 35 initiatives, none cancelled. */
	@Test
	void capacityTableSpreadsTheWholeEffortOverTeamsAndQuarters() throws Exception {
		Element table = byClass(page("roadmap.html"), "table", "capacity").get(0);
		double total = 0;
		int overAllocated = 0;
		for (Element row : rows(table)) {
			for (Element cell : children(row, "td").subList(1, children(row, "td").size())) {
				if (!cell.getTextContent().isEmpty()) {
					total += Double.parseDouble(cell.getTextContent().split(" / ")[0]);
				}
				overAllocated += cell.getAttribute("class").contains("red") ? 1 : 0;
			}
		}
		assertEquals(411, total, 0.5);
		assertTrue(page("roadmap.html").getTextContent().contains(overAllocated + " over-allocated quarters in red"));
	}

	@Test
	void useCasePageIsAModelCard() throws Exception {
		String html = site.get("use-cases/acme.usecases.candidatescreening.html");
		Element page = parseXml(html).getDocumentElement();
		assertEquals("CV pre-screening for high-volume hiring", firstText(page, "h1"));
		for (String fact : List.of("Match applications against the must-have criteria of a vacancy", "CVs and application forms",
				"CV pre-screening disadvantages candidates", "Fill high-volume roles faster, with fair selection", "Conformity: EU AI Act")) {
			assertTrue(page.getTextContent().contains(fact), fact);
		}
		assertTrue(html.contains("href=\"../conformity/eu-ai-act.html\""));
		assertTrue(site.get("portfolio.html").contains("href=\"use-cases/acme.usecases.candidatescreening.html\""));
	}

	@Test
	void flowchartHasANodePerElementAndItsLinks() {
		String flowchart = site.get("strategy-flowchart.mmd");
		assertTrue(flowchart.startsWith("flowchart LR\n"));
		assertEquals(14, count(flowchart, "-->|serves|"));
		assertEquals(24, count(flowchart, "-.->|measured by|"));
		assertEquals(13, count(flowchart, "([\""), "one rounded node per objective");
	}

	@Test
	void jsonExportsHoldTheRowsOfTheCsvExports() throws Exception {
		for (String name : List.of("use-cases", "schedule", "rankings", "kpis", "risks")) {
			JsonArray rows = JsonParser.parseString(site.get("exports/" + name + ".json")).getAsJsonArray();
			assertEquals(csv(dir.resolve("site/exports/" + name + ".csv")).size(), rows.size(), name);
		}
		JsonArray schedule = JsonParser.parseString(site.get("exports/schedule.json")).getAsJsonArray();
		assertTrue(schedule.get(0).getAsJsonObject().get("critical").getAsJsonPrimitive().isBoolean());
		assertTrue(schedule.get(0).getAsJsonObject().get("slack_days").getAsJsonPrimitive().isNumber());
	}

	/** Names that differ only in case would overwrite each other on some file systems. */
	@Test
	void useCasePageNamesStayUniqueAndInsideTheSite() throws Exception {
		Path models = Files.createDirectories(dir.resolve("clash"));
		Files.writeString(models.resolve("a.strategy"), """
				namespace a
				usecase Chat "Upper" { stage idea }
				usecase chat "Lower" { stage idea }
				""");
		Path output = dir.resolve("clash-site");
		assertEquals(0, Cli.run("generate", models.toString(), "-o", output.toString()).exitCode());
		assertTrue(Files.readString(output.resolve("use-cases/a.chat.html")).contains("<h1>Upper</h1>"));
		assertTrue(Files.readString(output.resolve("use-cases/a.chat-2.html")).contains("<h1>Lower</h1>"));
	}

	private static Element page(String path) throws Exception {
		return parseXml(site.get(path)).getDocumentElement();
	}

	private static List<Element> rows(Element table) {
		return children((Element) table.getElementsByTagName("tbody").item(0), "tr");
	}



	private static long marks(Element matrix) {
		return byClass(matrix, "td", "mark").stream().filter(td -> td.getTextContent().equals("●")).count();
	}

	private static List<String> codes(Element section) {
		return rows(byClass(section, "table", "checklist").get(0)).stream()
				.map(row -> children(row, "td").get(0).getTextContent().split(" ")[0]).toList();
	}

	private static long count(String text, String needle) {
		return java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(needle)).matcher(text).results().count();
	}
}
