package io.stratagem.inventory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.stratagem.inventory.InventoryColumns;
import io.stratagem.inventory.OmbInventoryExporter;
import io.stratagem.inventory.OmbInventoryImporter;
import io.stratagem.workspace.load.ModelSet;
import io.stratagem.workspace.load.ModelSetLoader;
import io.stratagem.workspace.report.FindingCollector;

/**
 * An imported federal use case states that OMB M-25-21 applies, so the EU AI Act's rules do not
 * run on it and OMB M-25-21's still do.
 */
class InventoryFrameworksTest {

	@TempDir
	Path dir;

	@Test
	void eachImportedUseCaseStatesThatOmbM2521AppliesAndGetsNoEuAiActFindings() throws IOException {
		Map<String, String> row = new LinkedHashMap<>();
		for (String column : InventoryColumns.ALL) {
			row.put(column, InventoryColumns.LISTS.contains(column) ? "[]" : "");
		}
		row.putAll(Map.of("agency", "TST", "agency_name", "Test Agency", "id", "TST-1", "use_case_name", "Triage", "development_stage", "Deployed",
				"is_high_impact", "High-impact"));
		StringWriter csv = new StringWriter();
		Inventory.injector().getInstance(OmbInventoryExporter.class).write(List.of(row), csv);
		String text = Inventory.injector().getInstance(OmbInventoryImporter.class).read(new StringReader(csv.toString())).files().get("tst.strategy");
		assertTrue(text.contains("usecase TST_1 \"Triage\" {\n\tunit TST\n\tframeworks ombM2521\n"), text);

		Files.writeString(dir.resolve("tst.strategy"), text);
		ModelSet models = Inventory.injector().getInstance(ModelSetLoader.class).load(List.of(dir));
		assertEquals(List.of(), models.resources().values().iterator().next().getErrors());
		List<String> frameworkCodes = Inventory.injector().getInstance(FindingCollector.class).collect(models).stream().map(f -> f.code())
				.filter(code -> code.startsWith("STRAT-EUAI") || code.startsWith("STRAT-OMB")).toList();
		assertEquals(List.of("STRAT-OMB-001"), frameworkCodes);
	}
}
