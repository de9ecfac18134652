package io.stratagem.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.stratagem.testing.CommandRun;
import io.stratagem.testing.ProjectFiles;

/**
 * {@code stratagem diff --git FOLDER OLD NEW}: two revisions of the example committed in a
 * repository made by the test, read without touching its work tree; revisions and folders that do
 * not exist are refused with a code.
 */
class DiffGitRevisionsTest {

	@TempDir
	Path dir;

	private Path repository;
	private Path models;

	@BeforeEach
	void theExampleCommittedTwiceWithEditsInBetween() throws IOException, InterruptedException {
		repository = Files.createDirectories(dir.resolve("repo"));
		models = ProjectFiles.copyExample("acme-insurance", repository.resolve("models"));
		git("init", "-q");
		git("add", ".");
		git("commit", "-q", "-m", "the example");
		replace("usecases-core.strategy", "usecase DamageAssessment", "stage pilot", "stage deployed");
		replace("governance.strategy", "risk FalseFraudSuspicion", "residual likelihood 2 impact 3", "residual likelihood 3 impact 3");
		replace("roadmap.strategy", "initiative GpuProvisioning", "duration 3 months", "duration 4 months");
		replace("kpis.strategy", "kpi ClaimCycleTime", "target 2 by 2029-Q4", "target 3 by 2030-Q2");
		replace("governance.strategy", "control AIInventory", "status operating", "status planned");
		git("commit", "-q", "-a", "-m", "the edits");
		Files.writeString(models.resolve("uncommitted.strategy"), "namespace acme.scratch\nusecase Uncommitted { owner Nobody }\n");
	}

	@Test
	void twoRevisionsOfTheExampleAreComparedByMeaning() throws IOException, InterruptedException {
		List<Path> temporaryBefore = temporaryFolders();
		CommandRun result = Cli.run("diff", "--git", models.toString(), "HEAD~1", "HEAD");
		assertEquals(0, result.exitCode(), result.toString());
		assertEquals("""
				## Strategy changes from `HEAD~1` to `HEAD`

				10 changes in meaning; findings: 3 introduced, 1 resolved, 34 unchanged.

				### Use cases

				- `acme.usecases.DamageAssessment` moved from pilot to deployed

				### Risks

				- `acme.assurance.FalseFraudSuspicion` score up from 6 to 9

				### KPIs

				- `acme.metrics.ClaimCycleTime` target changed from 2 to 3
				- `acme.metrics.ClaimCycleTime` target date changed from 2029-Q4 to 2030-Q2

				### Roadmap

				- `acme.delivery.DamageAssessmentPilot` slipped: finishes 2028-01-31 instead of 2027-12-31
				- `acme.delivery.DamageAssessmentRollout` slipped: finishes 2028-04-30 instead of 2028-03-31
				- `acme.delivery.GpuProvisioning` slipped: finishes 2027-06-30 instead of 2027-05-31

				### Controls and framework coverage

				- `acme.assurance.AIInventory` status changed from operating to planned
				- `stratagem.isoiec42001.A_4_2` now planned, was evidenced
				- `stratagem.nist.GOVERN_1_6` now planned, was evidenced

				### Findings

				- introduced: warning STRAT-STRAT-007 in `goals.strategy` on `acme.goals.FasterClaims`: Objective FasterClaims is due 2029-Q4, but KPI ClaimCycleTime that measures it has its target only by 2030-Q2
				- introduced: warning STRAT-ROADMAP-004 in `roadmap.strategy` on `acme.delivery.DamageAssessmentPilot`: Initiative DamageAssessmentPilot is scheduled from 2027-08-01 to 2028-01-31, outside its phase Foundation (2027-Q1 to 2027-Q4)
				- introduced: warning STRAT-UC-006 in `usecases-core.strategy` on `acme.usecases.DamageAssessment`: Use case DamageAssessment is deployed but initiative DamageAssessmentRollout that delivers it is planned
				- resolved: warning STRAT-KPI-009 in `kpis.strategy` on `acme.metrics.ClaimCycleTime`: KPI ClaimCycleTime is forecast at 3.08 by its target date 2029-Q4, which misses its target 2
				""", result.out());
		assertEquals("", result.err());
		assertEquals("?? models/uncommitted.strategy\n", git("status", "--porcelain"), "the work tree is untouched");
		assertEquals(temporaryBefore, temporaryFolders(), "the revisions' temporary folders are deleted");
	}

	@Test
	void aFolderThatTheOldRevisionDoesNotHaveIsAnEmptyModel() throws IOException, InterruptedException {
		Path added = Files.createDirectories(models.resolve("pilots"));
		Files.writeString(added.resolve("pilots.strategy"), "namespace acme.pilots\nusecase Letters { stage idea }\n");
		git("add", ".");
		git("commit", "-q", "-m", "a new folder");
		CommandRun result = Cli.run("diff", "--git", added.toString(), "HEAD~1", "HEAD");
		assertEquals(0, result.exitCode(), "introduced warnings do not fail by default: " + result);
		assertEquals("""
				## Strategy changes from `HEAD~1` to `HEAD`

				1 change in meaning; findings: 3 introduced, 0 resolved, 0 unchanged.

				### Use cases

				- `acme.pilots.Letters` added, stage idea

				### Findings

				- introduced: warning STRAT-STRAT-002 in `pilots.strategy` on `acme.pilots.Letters`: Use case Letters serves no objective
				- introduced: warning STRAT-UC-002 in `pilots.strategy` on `acme.pilots.Letters`: Use case Letters lacks prioritisation inputs: value, criticality, riskReduction, effort, reach, impact, confidence
				- introduced: warning STRAT-UC-003 in `pilots.strategy` on `acme.pilots.Letters`: Use case Letters has no owner
				""", result.out());
		assertEquals(1, Cli.run("diff", "--fail-on", "warning", "--git", added.toString(), "HEAD~1", "HEAD").exitCode());
	}

	@Test
	void aRevisionThatDoesNotExistIsRefusedWithACode() {
		CommandRun result = Cli.run("diff", "--git", models.toString(), "no-such-branch", "HEAD");
		assertEquals(2, result.exitCode(), result.toString());
		assertEquals("", result.out());
		assertEquals("stratagem: error STRAT-DIFF-003 'no-such-branch' is not a revision of the Git repository of " + models
				+ ": give a commit, branch or tag (git log shows them)\n", result.err());
	}

	@Test
	void aFolderOutsideAnyGitRepositoryIsRefusedWithACode() throws IOException {
		Path plain = Files.createDirectories(dir.resolve("plain"));
		CommandRun result = Cli.run("diff", "--git", plain.toString(), "HEAD~1", "HEAD");
		assertEquals(2, result.exitCode(), result.toString());
		assertEquals("stratagem: error STRAT-DIFF-002 " + plain + " is not inside a Git work tree (or git cannot be run): compare two folders instead\n",
				result.err());
	}

	@Test
	void aFolderThatIsNotThereIsRefusedWithACode() {
		Path missing = dir.resolve("missing");
		CommandRun result = Cli.run("diff", missing.toString(), models.toString());
		assertEquals(2, result.exitCode(), result.toString());
		assertEquals("", result.out());
		assertEquals("stratagem: error STRAT-DIFF-001 " + missing + ": no such folder: give a folder of .strategy files\n", result.err());
	}

	/** Replaces {@code from} by {@code to} in the block that starts with {@code block}. */
	private void replace(String file, String block, String from, String to) throws IOException {
		Path path = models.resolve(file);
		String text = Files.readString(path);
		int start = text.indexOf(block);
		int at = text.indexOf(from, start);
		assertEquals(true, start >= 0 && at >= 0, block + " / " + from);
		Files.writeString(path, text.substring(0, at) + to + text.substring(at + from.length()));
	}

	private String git(String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("git", "-C", repository.toString(), "-c", "user.name=Test", "-c", "user.email=test@example.org",
				"-c", "commit.gpgsign=false"));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (InputStream in = process.getInputStream()) {
			in.transferTo(out);
		}
		assertEquals(0, process.waitFor(), String.join(" ", command) + "\n" + out);
		return out.toString(StandardCharsets.UTF_8);
	}

	private static List<Path> temporaryFolders() throws IOException {
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return files.filter(f -> f.getFileName().toString().startsWith("stratagem-diff-")).sorted().toList();
		}
	}
}
