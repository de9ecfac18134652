package io.stratagem.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.stratagem.testing.CommandRun;
import io.stratagem.workspace.load.PathDisplay;

/**
 * {@code stratagem validate --baseline FILE}: findings of a previous SARIF or JSON report are
 * unchanged and do not fail the run; a new one does. Findings are matched by code, element and
 * file, so edits that only move lines make nothing new.
 */
class ValidateBaselineTest {

	@TempDir
	Path dir;

	private Path models;
	private Path model;

	private final PathDisplay display = new PathDisplay();

	@BeforeEach
	void anErrorThatIsAlreadyThere() throws IOException {
		models = Files.createDirectories(dir.resolve("models"));
		Files.writeString(models.resolve("stratagem.properties"), "*.enabled = false\n");
		model = Files.writeString(models.resolve("a.strategy"), "namespace acme\nusecase Triage { owner Nobody }\n");
	}

	@Test
	void anErrorInTheSarifBaselineDoesNotFailTheRunEvenOnAnotherLine() throws IOException {
		Path baseline = report("sarif");
		Files.writeString(model, "namespace acme\n\n// moved\nusecase Triage { owner Nobody }\n");
		CommandRun result = Cli.run("validate", "--no-color", "--baseline", baseline.toString(), models.toString());
		assertEquals(0, result.exitCode(), result.toString());
		assertEquals(display.show(model) + ":4:24: error STRAT-LINK-001 Couldn't resolve reference to Role 'Nobody'.\n1 files, 1 errors, 0 warnings, 0 infos\n",
				result.out(), "the text report still lists every finding");
	}

	@Test
	void aNewErrorFailsTheRunAndTheSarifSaysWhichIsNew() throws IOException {
		Path baseline = report("sarif");
		Files.writeString(model, "namespace acme\nusecase Triage { owner Nobody }\nusecase Chat { owner Ghost }\n");
		assertEquals(1, Cli.run("validate", "--baseline", baseline.toString(), models.toString()).exitCode());
		CommandRun sarif = Cli.run("validate", "--format", "sarif", "--baseline", baseline.toString(), models.toString());
		assertEquals(1, sarif.exitCode(), sarif.toString());
		assertEquals(List.of("unchanged STRAT-LINK-001 " + display.show(model) + ":2 acme.Triage", "new STRAT-LINK-001 " + display.show(model) + ":3 acme.Chat"),
				DiffSarifBaselineStateTest.results(sarif.out()));
	}

	@Test
	void aResolvedErrorIsAbsentFromTheSarifAndTheRunIsClean() throws IOException {
		Path baseline = report("sarif");
		Files.writeString(model, "namespace acme\nrole Cio\nusecase Triage { owner Cio }\n");
		CommandRun sarif = Cli.run("validate", "--format", "sarif", "--baseline", baseline.toString(), models.toString());
		assertEquals(0, sarif.exitCode(), sarif.toString());
		assertEquals(List.of("absent STRAT-LINK-001 " + display.show(model) + ":2 acme.Triage"), DiffSarifBaselineStateTest.results(sarif.out()));
	}

	@Test
	void aJsonReportIsABaselineToo() throws IOException {
		Path baseline = report("json");
		assertEquals(0, Cli.run("validate", "--baseline", baseline.toString(), models.toString()).exitCode());
		Files.writeString(model, "namespace acme\nusecase Triage { owner Nobody }\nusecase Chat { owner Ghost }\n");
		assertEquals(1, Cli.run("validate", "--baseline", baseline.toString(), models.toString()).exitCode());
	}

	@Test
	void aSecondErrorOfTheSameRuleOnTheSameElementIsNew() throws IOException {
		Path baseline = report("sarif");
		Files.writeString(model, "namespace acme\nusecase Triage { owner Nobody unit Nowhere }\n");
		assertEquals(1, Cli.run("validate", "--baseline", baseline.toString(), models.toString()).exitCode());
	}

	@Test
	void aBaselineThatIsNotAReportIsRefusedWithACode() throws IOException {
		Path notJson = Files.writeString(dir.resolve("notes.txt"), "not a report");
		CommandRun result = Cli.run("validate", "--baseline", notJson.toString(), models.toString());
		assertEquals(2, result.exitCode(), result.toString());
		assertEquals("", result.out());
		assertEquals(true, result.err().startsWith("stratagem: error STRAT-DIFF-004 cannot use the baseline " + notJson + ": it is not JSON ("), result.err());

		Path other = Files.writeString(dir.resolve("other.json"), "{\"results\": []}");
		result = Cli.run("validate", "--baseline", other.toString(), models.toString());
		assertEquals(2, result.exitCode(), result.toString());
		assertEquals("stratagem: error STRAT-DIFF-004 cannot use the baseline " + other
				+ ": it is neither a SARIF report (\"runs\") nor a JSON report (\"diagnostics\"); give a report of stratagem validate --format sarif or --format json\n",
				result.err());

		Path missing = dir.resolve("missing.sarif");
		result = Cli.run("validate", "--baseline", missing.toString(), models.toString());
		assertEquals(2, result.exitCode(), result.toString());
		assertEquals(true, result.err().startsWith("stratagem: error STRAT-DIFF-004 cannot use the baseline " + missing + ": cannot read it ("), result.err());
	}

	private Path report(String format) {
		Path report = dir.resolve("baseline." + format);
		CommandRun result = Cli.run("validate", "--format", format, "--output", report.toString(), models.toString());
		assertEquals(1, result.exitCode(), result.toString());
		return report;
	}
}
