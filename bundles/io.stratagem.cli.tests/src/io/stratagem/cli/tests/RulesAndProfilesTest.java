package io.stratagem.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.stratagem.dsl.validation.RuleCatalogue;
import io.stratagem.testing.CommandRun;

/** {@code stratagem rules} and {@code --profile}. */
class RulesAndProfilesTest {

	private static final String PILOT_WITHOUT_KPI = "namespace acme\nrole Cio\nusecase Triage { stage pilot owner Cio }\n";

	@TempDir
	Path dir;

	@Test
	void rulesListsTheWholeCatalogue() {
		CommandRun result = Cli.run("rules");
		assertEquals(0, result.exitCode());
		List<String> lines = result.out().lines().toList();
		assertEquals(RuleCatalogue.rules().size() + " rules", lines.get(lines.size() - 1));
		assertTrue(RuleCatalogue.rules().size() >= 45);
		assertTrue(lines.contains("STRAT-UC-001 warning " + RuleCatalogue.get("STRAT-UC-001").message()), lines.toString());
	}

	@Test
	void rulesAsJsonExplainEveryRule() {
		JsonArray rules = JsonParser.parseString(Cli.run("rules", "--format", "json").out()).getAsJsonArray();
		assertEquals(RuleCatalogue.rules().size(), rules.size());
		Set<String> codes = new HashSet<>();
		for (JsonElement element : rules) {
			JsonObject rule = element.getAsJsonObject();
			assertTrue(codes.add(rule.get("code").getAsString()), "codes are unique");
			assertFalse(rule.get("explanation").getAsString().isBlank(), rule.toString());
			assertFalse(rule.get("remedy").getAsString().isBlank(), rule.toString());
		}
	}

	@Test
	void aProfileGivenOnTheCommandLineChangesSeverities() throws IOException {
		Path model = Files.writeString(dir.resolve("m.strategy"), PILOT_WITHOUT_KPI);
		assertEquals(0, Cli.run("validate", model.toString()).exitCode(), "a warning by default");
		Path profile = Files.writeString(dir.resolve("strict.properties"), "STRAT-UC-001.severity = error\n");
		CommandRun strict = Cli.run("validate", "--no-color", "--profile", profile.toString(), model.toString());
		assertEquals(1, strict.exitCode(), strict.toString());
		assertTrue(strict.out().contains(": error STRAT-UC-001 "), strict.out());
	}

	@Test
	void unknownRulesInAProfileAreReported() throws IOException {
		Path model = Files.writeString(dir.resolve("m.strategy"), PILOT_WITHOUT_KPI);
		Path profile = Files.writeString(dir.resolve("typo.properties"), "STRAT-UC-999.enabled = false\n");
		CommandRun result = Cli.run("validate", "--no-color", "--profile", profile.toString(), model.toString());
		assertEquals(1, result.exitCode(), result.toString());
		assertTrue(result.out().contains("STRAT-STRUCT-010"), result.out());
		assertTrue(result.out().contains("STRAT-UC-999"), result.out());
	}

	@Test
	void aProfileProblemIsReportedOnceAtItsLineOfTheProfile() throws IOException {
		Files.writeString(dir.resolve("a.strategy"), PILOT_WITHOUT_KPI);
		Files.writeString(dir.resolve("b.strategy"), "namespace other\nrole Cio\n");
		Files.writeString(dir.resolve("stratagem.properties"), "# project rules\nSTRAT-UC-999.enabled = false\n");
		CommandRun result = Cli.run("validate", "--no-color", dir.toString());
		List<String> problems = result.out().lines().filter(line -> line.contains("STRAT-STRUCT-010")).toList();
		assertEquals(1, problems.size(), result.out());
		assertTrue(problems.get(0).contains("stratagem.properties:2:1: error STRAT-STRUCT-010 Rule profile "), problems.get(0));
		assertTrue(problems.get(0).endsWith(": line 2: unknown rule code 'STRAT-UC-999'"), problems.get(0));
	}

	@Test
	void aProfileEntryMayEndWithAComment() throws IOException {
		Path model = Files.writeString(dir.resolve("m.strategy"), PILOT_WITHOUT_KPI);
		Files.writeString(dir.resolve("stratagem.properties"), "STRAT-UC-001.severity = error      # pilots need KPIs\n");
		CommandRun result = Cli.run("validate", "--no-color", model.toString());
		assertEquals(1, result.exitCode(), result.toString());
		assertTrue(result.out().contains(": error STRAT-UC-001 "), result.out());
		assertFalse(result.out().contains("STRAT-STRUCT-010"), result.out());
	}

	@Test
	void aMissingProfileIsAUsageError() {
		CommandRun result = Cli.run("validate", "--profile", dir.resolve("none.properties").toString(), Cli.example().toString());
		assertEquals(2, result.exitCode());
		assertTrue(result.err().contains("does not exist"), result.err());
	}
}
