package io.stratagem.cli.tests;

import static io.stratagem.cli.tests.SiteFiles.children;
import static io.stratagem.cli.tests.SiteFiles.parseXml;
import static io.stratagem.cli.tests.SiteFiles.texts;
import static io.stratagem.testing.ProjectFiles.files;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;


/**
 * One number per fact: each figure the generated site of the example shows on more than one page
 * is the same on every page. Per framework, the evidenced and total requirements appear on the
 * overview, the traceability page, the conformity index and the framework's own checklist.
 */
class SiteFiguresAgreeTest {

	@TempDir
	static Path dir;

	private static Map<String, String> site;

	@BeforeAll
	static void generate() throws Exception {
		site = files(Cli.generateExample(dir.resolve("site")));
	}

	@Test
	void everyFrameworkHasTheSameEvidencedAndTotalRequirementsOnEveryPage() throws Exception {
		Map<String, String> overview = frameworkFigures("index.html");
		Map<String, String> traceability = frameworkFigures("traceability.html");
		Map<String, String> conformity = frameworkFigures("conformity.html");
		assertEquals(List.of("EU AI Act", "NIST AI RMF", "ISO/IEC 42001", "OMB M-25-21"), List.copyOf(conformity.keySet()));
		assertEquals(conformity, overview, "overview against the conformity index");
		assertEquals(conformity, traceability, "traceability page against the conformity index");
		for (Map.Entry<String, String> framework : conformity.entrySet()) {
			assertEquals(framework.getValue(), checklistFigures(framework.getKey()), framework.getKey() + ": its checklist page against the index");
		}
	}

	/**
	 * governance.strategy: LiteracyTracking (operating) names no use case. AI literacy (Art. 4) binds
	 * the organisation, so the EU AI Act page rates it the same for the organisation and for each
	 * high-risk use case.
	 */
	@Test
	void aiLiteracyHasTheSameStatusForTheOrganisationAndEveryHighRiskUseCase() throws Exception {
		Element page = parseXml(site.get("conformity/eu-ai-act.html")).getDocumentElement();
		List<String> statuses = new ArrayList<>();
		NodeList rows = page.getElementsByTagName("tr");
		for (int i = 0; i < rows.getLength(); i++) {
			List<Element> cells = children((Element) rows.item(i), "td");
			if (!cells.isEmpty() && cells.get(0).getTextContent().startsWith("AIA-4 ")) {
				statuses.add(cells.get(1).getTextContent());
			}
		}
		// three high-risk use cases, then the organisation
		assertEquals(List.of("evidenced", "evidenced", "evidenced", "evidenced"), statuses);
	}

	/** Per framework (by its link's text), "evidenced of total" from the table whose first heading is "Framework". */
	private static Map<String, String> frameworkFigures(String path) throws Exception {
		Element page = parseXml(site.get(path)).getDocumentElement();
		NodeList tables = page.getElementsByTagName("table");
		for (int t = 0; t < tables.getLength(); t++) {
			Element table = (Element) tables.item(t);
			List<String> headings = texts(table.getElementsByTagName("th"));
			if (!headings.isEmpty() && headings.get(0).equals("Framework")) {
				int evidenced = headings.indexOf("Evidenced");
				int total = headings.indexOf("Requirements");
				Map<String, String> figures = new LinkedHashMap<>();
				for (Element row : children((Element) table.getElementsByTagName("tbody").item(0), "tr")) {
					List<Element> cells = children(row, "td");
					figures.put(cells.get(0).getTextContent().trim(),
							cells.get(evidenced).getTextContent().trim() + " of " + cells.get(total).getTextContent().trim());
				}
				return figures;
			}
		}
		throw new AssertionError(path + " has no framework table");
	}

	/** "evidenced of total" from the summary line of a framework's checklist page. */
	private static String checklistFigures(String framework) throws Exception {
		String file = "conformity/" + switch (framework) {
		case "EU AI Act" -> "eu-ai-act";
		case "NIST AI RMF" -> "nist-ai-rmf";
		case "ISO/IEC 42001" -> "iso-iec-42001";
		default -> "omb-m-25-21";
		} + ".html";
		assertTrue(site.containsKey(file), file + " among " + site.keySet());
		Element page = parseXml(site.get(file)).getDocumentElement();
		NodeList paragraphs = page.getElementsByTagName("p");
		Pattern summary = Pattern.compile("(\\d+) evidenced, \\d+ planned, \\d+ missing of (\\d+) requirements\\.");
		for (int i = 0; i < paragraphs.getLength(); i++) {
			Matcher matcher = summary.matcher(paragraphs.item(i).getTextContent());
			if (matcher.lookingAt()) {
				return matcher.group(1) + " of " + matcher.group(2);
			}
		}
		throw new AssertionError(file + " has no summary line");
	}


}
