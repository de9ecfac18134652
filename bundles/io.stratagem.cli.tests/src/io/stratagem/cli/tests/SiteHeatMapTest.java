package io.stratagem.cli.tests;

import static io.stratagem.cli.tests.SiteFiles.byClass;
import static io.stratagem.cli.tests.SiteFiles.children;
import static io.stratagem.cli.tests.SiteFiles.parseXml;
import static io.stratagem.cli.tests.SiteFiles.texts;
import static io.stratagem.testing.ProjectFiles.files;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * The risk heat maps of the example's risks page are tables a reader (and a screen reader) can
 * follow: both axes named with their 1-5 scale and its words, every cell a count.
 */
class SiteHeatMapTest {

	@TempDir
	static Path dir;

	private static List<Element> maps;

	@BeforeAll
	static void generate() throws Exception {
		Element risks = parseXml(files(Cli.generateExample(dir.resolve("site"))).get("risks.html")).getDocumentElement();
		maps = byClass(risks, "table", "heatmap");
	}

	/** Before issue 21 the maps were SVG with a likelihood label only: no impact axis, no scale. */
	@Test
	void bothAxesAreLabelledWithTheirScale() {
		assertEquals(2, maps.size());
		for (Element map : maps) {
			List<Element> header = children(children(map, "thead").get(0), "tr");
			assertEquals(List.of("Impact (1-5)", "Likelihood (1-5)"), texts(header.get(0).getElementsByTagName("th")));
			assertEquals(List.of("1 rare", "2 unlikely", "3 possible", "4 likely", "5 almost certain"), texts(header.get(1).getElementsByTagName("th")));
			assertEquals(List.of("5 severe", "4 major", "3 moderate", "2 minor", "1 negligible"),
					rows(map).stream().map(row -> children(row, "th").get(0).getTextContent()).toList());
			assertEquals("row", children(rows(map).get(0), "th").get(0).getAttribute("scope"));
		}
	}

	/**
	 * governance.strategy: 17 risks, none closed; of inherent impact 5, HealthDataBreach and
	 * AIActNonCompliance have likelihood 3, UnderwritingBias 4.
	 */
	@Test
	void everyCellCountsItsRisks() {
		Element inherent = maps.get(0);
		assertEquals("Inherent: 17 risks by likelihood and impact", inherent.getElementsByTagName("caption").item(0).getTextContent());
		assertEquals("Residual: 17 risks by likelihood and impact", maps.get(1).getElementsByTagName("caption").item(0).getTextContent());
		assertEquals(List.of("0", "0", "2", "1", "0"), texts(rows(inherent).get(0).getElementsByTagName("td")));
		int total = 0;
		for (Element row : rows(inherent)) {
			for (String count : texts(row.getElementsByTagName("td"))) {
				total += Integer.parseInt(count);
			}
		}
		assertEquals(17, total);
		assertEquals("likelihood 3 (possible), impact 5 (severe), score 15: 2 risks",
				((Element) rows(inherent).get(0).getElementsByTagName("td").item(2)).getAttribute("title"));
	}

	private static List<Element> rows(Element table) {
		return children(children(table, "tbody").get(0), "tr");
	}
}
