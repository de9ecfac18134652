package io.stratagem.cli.tests;

import static io.stratagem.cli.tests.SiteFiles.byClass;
import static io.stratagem.cli.tests.SiteFiles.children;
import static io.stratagem.cli.tests.SiteFiles.csv;
import static io.stratagem.cli.tests.SiteFiles.parseXml;
import static io.stratagem.cli.tests.SiteFiles.texts;
import static io.stratagem.testing.ProjectFiles.files;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** The example's KPI scorecard: forecasts inside their units' domains, each with how it was computed, and what status and on track mean. */
class KpiScorecardTest {

	@TempDir
	Path dir;

	@Test
	void forecastsStayInsideTheirUnitsAndSayHowTheyWereComputed() throws Exception {
		Path site = Cli.generateExample(dir.resolve("site"));
		Element page = parseXml(files(site).get("kpis.html")).getDocumentElement();
		List<String> headings = texts(page.getElementsByTagName("th"));
		int unit = headings.indexOf("Unit");
		int forecast = headings.indexOf("Forecast");
		int method = headings.indexOf("How forecast");
		assertTrue(method > 0, headings.toString());
		int forecasts = 0;
		for (Element row : children((Element) page.getElementsByTagName("tbody").item(0), "tr")) {
			List<Element> cells = children(row, "td");
			String value = cells.get(forecast).getTextContent();
			if (value.isEmpty()) {
				continue;
			}
			forecasts++;
			double number = Double.parseDouble(value);
			String name = cells.get(0).getTextContent();
			switch (cells.get(unit).getTextContent()) {
			case "%" -> assertTrue(number >= 0 && number <= 100, name + ": " + value + " %");
			case "days", "minutes" -> assertTrue(number > 0, name + ": " + value);
			default -> { }
			}
			assertTrue(!cells.get(method).getTextContent().isEmpty(), name + " says how it was forecast");
		}
		assertEquals(23, forecasts);
		// ClaimsHandlerAdoption: 218.83 % on the straight line, held at 100; ClaimCycleTime: 0.28 days on the line
		List<CSVRecord> exported = csv(site.resolve("exports/kpis.csv"));
		CSVRecord adoption = exported.stream().filter(r -> r.get("kpi").equals("acme.metrics.ClaimsHandlerAdoption")).findFirst().orElseThrow();
		assertEquals(List.of("100.0000", "HELD_AT_BOUND"), List.of(adoption.get("forecast"), adoption.get("forecast_method")));
		CSVRecord cycleTime = exported.stream().filter(r -> r.get("kpi").equals("acme.metrics.ClaimCycleTime")).findFirst().orElseThrow();
		assertEquals("CONSTANT_RATE", cycleTime.get("forecast_method"));
		List<Element> explanations = byClass(page, "p", "explanation");
		assertTrue(explanations.get(0).getTextContent().startsWith("Status rates the latest measurement against the KPI's amber and red thresholds: where the KPI stands today. On track says whether the forecast for the target date reaches the target"),
				explanations.get(0).getTextContent());
		assertTrue(explanations.get(1).getTextContent().startsWith("Forecast: the least-squares straight line through the measurements"), explanations.get(1).getTextContent());
	}


}
