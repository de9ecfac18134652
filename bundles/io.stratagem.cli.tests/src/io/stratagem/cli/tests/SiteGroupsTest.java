package io.stratagem.cli.tests;

import static io.stratagem.cli.tests.SiteFiles.byClass;
import static io.stratagem.cli.tests.SiteFiles.children;
import static io.stratagem.cli.tests.SiteFiles.csv;
import static io.stratagem.cli.tests.SiteFiles.firstText;
import static io.stratagem.cli.tests.SiteFiles.parseXml;
import static io.stratagem.testing.ProjectFiles.files;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import io.stratagem.testing.CommandRun;

/**
 * Long lists of the site are grouped in collapsible sections (details.group): the readiness board
 * and the per-use-case checklists by the unit that owns the use cases (the agencies of the imported
 * federal inventory, the divisions of the example), the findings by file; every use case is still
 * listed exactly once.
 */
class SiteGroupsTest {

	private static final Path CSV = Cli.root().resolve("data/us-federal-ai-inventory-2025/2025_individually_reported_AI_use_cases.csv").normalize();

	@TempDir
	static Path dir;

	private static Map<String, String> federal;
	private static Map<String, String> example;
	/** The agency_name values of the inventory. */
	private static Set<String> agencies;

	@BeforeAll
	static void generate() throws Exception {
		Path models = dir.resolve("federal");
		CommandRun imported = Cli.run("import", "omb-inventory", CSV.toString(), "-o", models.toString());
		assertEquals(0, imported.exitCode(), imported.err());
		CommandRun generated = Cli.run("generate", "--force", models.toString(), "-o", dir.resolve("federal-site").toString());
		assertEquals(0, generated.exitCode(), generated.err());
		federal = files(dir.resolve("federal-site"));
		example = files(Cli.generateExample(dir.resolve("example-site")));
		agencies = new TreeSet<>();
		for (CSVRecord row : csv(CSV)) {
			agencies.add(row.get("agency_name"));
		}
	}

	@Test
	void federalReadinessBoardIsOneClosedSectionPerAgencyWithEveryUseCaseOnce() throws Exception {
		List<Element> groups = groups(federal, "readiness.html");
		assertEquals(41, agencies.size());
		assertEquals(agencies.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), labels(groups));
		assertTrue(groups.stream().noneMatch(g -> g.hasAttribute("open")), "thousands of use cases: the sections start closed");
		List<String> links = new ArrayList<>();
		Set<String> namespaces = new HashSet<>();
		for (Element group : groups) {
			List<String> own = new ArrayList<>();
			for (Element table : byClass(group, "table", "board")) {
				for (Element row : children((Element) table.getElementsByTagName("tbody").item(0), "tr")) {
					own.add(((Element) row.getElementsByTagName("a").item(0)).getAttribute("href"));
				}
			}
			String agency = label(group);
			assertEquals(agency + " (" + own.size() + (own.size() == 1 ? " use case)" : " use cases)"), firstText(group, "summary"));
			assertEquals(1, own.stream().map(SiteGroupsTest::namespace).distinct().count(), agency + ": only its own use cases");
			assertTrue(namespaces.add(namespace(own.get(0))), agency + ": no other section has its use cases");
			links.addAll(own);
		}
		assertEveryUseCaseOnce(federal, links);
	}

	@Test
	void federalOmbChecklistGroupsTheUseCasesItChecksByAgencyEachOnce() throws Exception {
		List<Element> groups = groups(federal, "conformity/omb-m-25-21.html");
		assertTrue(groups.size() > 1 && groups.stream().noneMatch(g -> g.hasAttribute("open")), groups.size() + " sections");
		Set<String> links = new HashSet<>();
		int sections = 0;
		Set<String> namespaces = new HashSet<>();
		for (Element group : groups) {
			Set<String> own = new HashSet<>();
			for (Element section : byClass(group, "section", "checklist")) {
				String link = ((Element) ((Element) section.getElementsByTagName("h3").item(0)).getElementsByTagName("a").item(0)).getAttribute("href").substring(3);
				own.add(namespace(link));
				assertTrue(agencies.contains(label(group)), label(group));
				assertTrue(links.add(link), link + " listed twice");
				sections++;
			}
			assertEquals(1, own.size(), label(group) + ": only its own use cases");
			assertTrue(namespaces.addAll(own), label(group) + ": no other section has its use cases");
		}
		assertEquals(sections, byClass(page(federal, "conformity/omb-m-25-21.html"), "section", "checklist").size(), "no checklist outside a section");
		assertTrue(sections > 100, sections + " use cases checked");
	}

	@Test
	void federalFindingsAreGroupedByFile() throws Exception {
		List<Element> groups = groups(federal, "findings.html");
		assertTrue(groups.size() > 1 && groups.stream().noneMatch(g -> g.hasAttribute("open")), groups.size() + " sections");
		for (Element group : groups) {
			String file = label(group);
			for (Element row : children((Element) group.getElementsByTagName("tbody").item(0), "tr")) {
				assertTrue(children(row, "td").get(2).getTextContent().startsWith(file + ":"), file);
			}
		}
	}

	@Test
	void federalPortfolioFoldsTheUseCasesItCannotRank() throws Exception {
		List<Element> groups = groups(federal, "portfolio.html");
		assertEquals(1, groups.size());
		// no use case of the inventory has the WSJF inputs: all 3,611 are listed, in a closed section
		assertEquals("3611 use cases", firstText(groups.get(0), "summary"));
		assertEquals(3611, groups.get(0).getElementsByTagName("li").getLength());
		assertTrue(!groups.get(0).hasAttribute("open"));
	}

	@Test
	void exampleReadinessBoardIsGroupedByDivisionBelowTheGroupAndStartsOpen() throws Exception {
		List<Element> groups = groups(example, "readiness.html");
		// org.strategy: every unit is part of AcmeGroup, so the units below it tell the use cases apart
		assertEquals(List.of("Claims Management", "Customer Care", "Finance & Actuarial", "Life & Health", "People & Culture", "Property & Casualty",
				"Sales & Distribution"), labels(groups));
		assertTrue(groups.stream().allMatch(g -> g.hasAttribute("open")), "13 use cases: every section starts open");
		List<String> links = new ArrayList<>();
		groups.forEach(group -> byClass(group, "table", "board").forEach(table -> children((Element) table.getElementsByTagName("tbody").item(0), "tr")
				.forEach(row -> links.add(((Element) row.getElementsByTagName("a").item(0)).getAttribute("href")))));
		assertEveryUseCaseOnce(example, links);
	}

	/** "federal.doj" of "use-cases/federal.doj.doj_0357.html". */
	private static String namespace(String link) {
		String name = link.substring("use-cases/".length());
		return name.substring(0, name.indexOf('.', name.indexOf('.') + 1));
	}

	/** The links are the use cases' pages, each once. */
	private static void assertEveryUseCaseOnce(Map<String, String> site, List<String> links) {
		Set<String> pages = new TreeSet<>();
		site.keySet().stream().filter(f -> f.startsWith("use-cases/")).forEach(pages::add);
		assertEquals(pages.size(), links.size(), "one row per use case");
		assertEquals(pages, new TreeSet<>(links));
	}

	private static List<Element> groups(Map<String, String> site, String path) throws Exception {
		return byClass(page(site, path), "details", "group");
	}

	private static Element page(Map<String, String> site, String path) throws Exception {
		return parseXml(site.get(path)).getDocumentElement();
	}

	private static List<String> labels(List<Element> groups) {
		return groups.stream().map(SiteGroupsTest::label).toList();
	}

	/** The summary's label without its count. */
	private static String label(Element group) {
		String summary = firstText(group, "summary");
		return summary.substring(0, summary.lastIndexOf(" (")).trim();
	}
}
