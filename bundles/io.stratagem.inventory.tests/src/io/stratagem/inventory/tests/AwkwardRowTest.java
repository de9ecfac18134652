package io.stratagem.inventory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.stratagem.inventory.InventoryColumns;
import io.stratagem.inventory.InventoryFinding;
import io.stratagem.inventory.OmbInventoryExporter;
import io.stratagem.inventory.OmbInventoryImporter;
import io.stratagem.model.Control;
import io.stratagem.model.ControlStatus;
import io.stratagem.model.LifecycleStage;
import io.stratagem.model.StrategyModel;
import io.stratagem.model.UseCase;
import io.stratagem.workspace.load.ModelSet;
import io.stratagem.workspace.load.ModelSetLoader;

/** Rows with every awkward feature, checked field by field through import, parse and export. */
class AwkwardRowTest {

	@TempDir
	Path dir;

	@Test
	void multiLineQuotesEmptyAndRepeatedIdsAndInvalidValuesSurviveTheRoundTrip() throws IOException {
		List<Map<String, String>> input = List.of(
				row("X-1", "Line one\nline two \"quoted\" – naïve ☃", "Deployed", "High-impact", "Generative AI", "Yes", "In-progress"),
				row("", "Empty id", "Pilot", "Not High-impact", "Classical ML", "No", ""),
				row("X-1", "Repeated id", "live", "Presumed High-Impact, but Not High-impact", "Other", "maybe", "Yes"));
		StringWriter csv = new StringWriter();
		Inventory.injector().getInstance(OmbInventoryExporter.class).write(input, csv);

		OmbInventoryImporter.Result result = Inventory.injector().getInstance(OmbInventoryImporter.class).read(new StringReader(csv.toString()));
		assertEquals(List.of(
				new InventoryFinding(InventoryFinding.EMPTY_ID, 3, "id", "empty id: the use case is named TST_row_3"),
				new InventoryFinding(InventoryFinding.REPEATED_ID, 4, "id", "id X-1 repeats row 2: the use case is named X_1_2"),
				new InventoryFinding(InventoryFinding.INVALID_SELECTION, 4, "development_stage", "'live' is not a valid selection of the data dictionary; kept verbatim"),
				new InventoryFinding(InventoryFinding.INVALID_SELECTION, 4, "classification", "'Other' is not a valid selection of the data dictionary; kept verbatim"),
				new InventoryFinding(InventoryFinding.INVALID_SELECTION, 4, "has_pii", "'maybe' is not a valid selection of the data dictionary; kept verbatim")),
				result.findings());

		Path file = dir.resolve("tst.strategy");
		Files.writeString(file, result.files().get("tst.strategy"));
		ModelSet models = Inventory.injector().getInstance(ModelSetLoader.class).load(List.of(dir));
		assertEquals(List.of(), models.resources().get(file).getErrors());
		StrategyModel model = (StrategyModel) models.resources().get(file).getContents().get(0);
		assertEquals("federal.tst", model.getNamespace());
		List<UseCase> useCases = model.getElements().stream().filter(UseCase.class::isInstance).map(UseCase.class::cast).toList();
		assertEquals(List.of("X_1", "TST_row_3", "X_1_2"), useCases.stream().map(UseCase::getName).toList());

		UseCase first = useCases.get(0);
		assertEquals("Line one\nline two \"quoted\" – naïve ☃", first.getTitle());
		assertEquals(LifecycleStage.DEPLOYED, first.getStage());
		assertEquals(Boolean.TRUE, first.getHighImpact());
		assertEquals(Boolean.TRUE, first.getPersonalData());
		assertEquals("Bureau of Tests", first.getUnit().getTitle());
		assertEquals("tests@agency.example", first.getOwner().getEmail());
		assertEquals("Acme \"AI\", Inc.", first.getPartners().get(0).getTitle());
		Control testing = model.getElements().stream().filter(Control.class::isInstance).map(Control.class::cast).findFirst().orElseThrow();
		assertEquals(ControlStatus.IMPLEMENTING, testing.getStatus());
		assertEquals("stratagem.omb.PreDeploymentTesting".substring("stratagem.omb.".length()), testing.getRequirements().get(0).getName());
		assertEquals(first, testing.getUseCases().get(0));

		UseCase third = useCases.get(2);
		assertEquals(Boolean.FALSE, third.getHighImpact(), "presumed high-impact but determined not");
		assertEquals(LifecycleStage.IDEA, third.getStage(), "an invalid stage sets no stage");

		List<Map<String, String>> output = Inventory.injector().getInstance(OmbInventoryExporter.class).rows(new ArrayList<>(models.resources().values()));
		assertEquals(input, output);
	}

	private static Map<String, String> row(String id, String name, String stage, String highImpact, String classification, String pii,
			String testing) {
		Map<String, String> row = new LinkedHashMap<>();
		for (String column : InventoryColumns.ALL) {
			row.put(column, InventoryColumns.LISTS.contains(column) ? "[]" : "");
		}
		row.put("agency", "TST");
		row.put("agency_name", "Test Agency");
		row.put("id", id);
		row.put("use_case_name", name);
		row.put("agency_bureau", "Bureau of Tests");
		row.put("contact_email", "tests@agency.example");
		row.put("development_stage", stage);
		row.put("is_high_impact", highImpact);
		row.put("classification", classification);
		row.put("has_pii", pii);
		row.put("vendor_name", "Acme \"AI\", Inc.");
		row.put("problem_solved", "=cmd|' /C calc'!A0 and a\nsecond line");
		row.put("operational_date", "03/2024");
		row.put("hi_testing_conducted", testing);
		row.put("demographic_features", "['k) None of the above']");
		return row;
	}
}
