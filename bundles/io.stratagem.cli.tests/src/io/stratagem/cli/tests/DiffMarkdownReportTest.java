package io.stratagem.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.stratagem.testing.CommandRun;

/**
 * {@code stratagem diff OLD NEW} in Markdown: one hand-made pair of models per kind of change,
 * with the exact report; elements are matched by qualified name, so moving text changes nothing.
 */
class DiffMarkdownReportTest {

	@TempDir
	Path dir;

	@Test
	void useCasesAddedRemovedAndMovedBetweenStagesAreListed() throws IOException {
		ModelPair pair = new ModelPair(dir).old("a.strategy", """
				namespace acme
				usecase Triage { stage pilot }
				usecase Chat { stage idea }
				usecase Fraud { stage deployed }
				""").now("a.strategy", """
				namespace acme
				usecase Fraud { stage deployed }
				usecase Triage { stage deployed }
				usecase Letters { stage pilot }
				""");
		CommandRun result = assertReport(pair, 0, """
				3 changes in meaning; findings: 0 introduced, 0 resolved, 0 unchanged.

				### Use cases

				- `acme.Letters` added, stage pilot
				- `acme.Chat` removed, was in stage idea
				- `acme.Triage` moved from pilot to deployed
				""");
		assertEquals("", result.err());
	}

	@Test
	void riskScoresUpAndDownAreTheirExposureResidualElseInherent() throws IOException {
		ModelPair pair = new ModelPair(dir).old("risks.strategy", """
				namespace acme
				risk Drift { inherent likelihood 3 impact 4 residual likelihood 2 impact 3 }
				risk Bias { inherent likelihood 4 impact 5 }
				risk Leak { inherent likelihood 2 impact 2 }
				""").now("risks.strategy", """
				namespace acme
				risk Drift { inherent likelihood 3 impact 4 residual likelihood 3 impact 3 }
				risk Bias { inherent likelihood 4 impact 5 residual likelihood 2 impact 4 }
				risk Outage { inherent likelihood 1 impact 5 }
				""");
		assertEquals(pair.heading() + """
				4 changes in meaning; findings: 0 introduced, 0 resolved, 0 unchanged.

				### Risks

				- `acme.Outage` added, score 5
				- `acme.Leak` removed, score was 4
				- `acme.Drift` score up from 6 to 9
				- `acme.Bias` score down from 20 to 8
				""", pair.diff().out());
	}

	@Test
	void kpiTargetsAndTargetDatesChangedAreListedAndEqualNumbersAreNoChange() throws IOException {
		ModelPair pair = new ModelPair(dir).old("kpis.strategy", """
				namespace acme
				kpi Cycle { direction decrease baseline 9.5 at 2026-12 target 2 by 2029-Q4 }
				kpi Nps { direction increase target 40 by 2028-12 }
				""").now("kpis.strategy", """
				namespace acme
				kpi Nps { direction increase target 40.0 by 2028-12 }
				kpi Cycle { direction decrease baseline 9.5 at 2026-12 target 1.5 by 2030-Q2 }
				""");
		assertEquals(pair.heading() + """
				2 changes in meaning; findings: 0 introduced, 0 resolved, 0 unchanged.

				### KPIs

				- `acme.Cycle` target changed from 2 to 1.5
				- `acme.Cycle` target date changed from 2029-Q4 to 2030-Q2
				""", pair.diff().out());
	}

	@Test
	void initiativesAddedRemovedSlippedOrAdvancedAndTheCriticalPathEndAreComputedBySchedule() throws IOException {
		ModelPair pair = new ModelPair(dir).old("plan.strategy", """
				namespace acme
				roadmap Plan {
					initiative Platform { start 2027-01 duration 3 months }
					initiative Pilot { after Platform duration 2 months }
					initiative Training { start 2027-01 duration 2 months }
					initiative Survey { start 2027-02 duration 1 month }
				}
				""").now("plan.strategy", """
				namespace acme
				roadmap Plan {
					initiative Platform { start 2027-01 duration 4 months }
					initiative Pilot { after Platform duration 2 months }
					initiative Training { start 2026-12 duration 2 months }
					initiative Rollout { after Pilot duration 1 month }
				}
				""");
		assertEquals(pair.heading() + """
				6 changes in meaning; findings: 0 introduced, 0 resolved, 0 unchanged.

				### Roadmap

				- critical path of `acme.Plan` ends 2027-07-31 instead of 2027-05-31
				- `acme.Rollout` added, finishes 2027-07-31
				- `acme.Survey` removed, finished 2027-02-28
				- `acme.Pilot` slipped: finishes 2027-06-30 instead of 2027-05-31
				- `acme.Platform` slipped: finishes 2027-04-30 instead of 2027-03-31
				- `acme.Training` advanced: finishes 2027-01-31 instead of 2027-02-28
				""", pair.diff().out());
	}

	@Test
	void controlsAndTheFrameworkCoverageTheyGiveAreCompared() throws IOException {
		ModelPair pair = new ModelPair(dir).old("controls.strategy", """
				namespace acme
				import stratagem.nist.*
				control Inventory { status planned satisfies GOVERN_1_6 }
				control Policy { status operating satisfies GOVERN_4_1 }
				""").now("controls.strategy", """
				namespace acme
				import stratagem.nist.*
				control Inventory { status operating satisfies GOVERN_1_6 }
				control Logging { status planned }
				""");
		assertEquals(pair.heading() + """
				7 changes in meaning; findings: 0 introduced, 0 resolved, 0 unchanged.

				### Controls and framework coverage

				- `acme.Logging` added, status planned
				- `acme.Policy` removed, status was operating
				- `acme.Inventory` status changed from planned to operating
				- `stratagem.nist.GOVERN_1` now evidenced, was planned
				- `stratagem.nist.GOVERN_1_6` now evidenced, was planned
				- `stratagem.nist.GOVERN_4` now missing, was evidenced
				- `stratagem.nist.GOVERN_4_1` now missing, was evidenced
				""", pair.diff().out());
	}

	@Test
	void findingsIntroducedAndResolvedAreMatchedByCodeElementAndFileNotByLine() throws IOException {
		ModelPair pair = findingsPair(dir);
		CommandRun result = pair.diff();
		assertEquals(1, result.exitCode(), "an introduced error fails the diff: " + result);
		assertEquals(pair.heading() + """
				0 changes in meaning; findings: 1 introduced, 1 resolved, 1 unchanged.

				### Findings

				- introduced: error STRAT-LINK-001 in `a.strategy` on `acme.Chat`: Couldn't resolve reference to Role 'Someone'.
				- resolved: error STRAT-LINK-001 in `b.strategy` on `acme.Letters`: Couldn't resolve reference to Role 'Ghost'.
				""", result.out());
		assertEquals(0, pair.diff("--fail-on", "never").exitCode());
	}

	@Test
	void anErrorThatWasAlreadyThereDoesNotFailTheDiff() throws IOException {
		String model = "namespace acme\nusecase Triage { owner Nobody }\n";
		ModelPair pair = new ModelPair(dir).old("a.strategy", model).now("a.strategy", "namespace acme\n\n\n" + model.substring(15));
		assertReport(pair, 0, "0 changes in meaning; findings: 0 introduced, 0 resolved, 1 unchanged.\n");
	}

	@Test
	void textFromTheModelIsEscapedSoThatItCannotBecomeMarkup() throws IOException {
		ModelPair pair = new ModelPair(dir).old("a.strategy", "namespace acme\n")
				.now("a.strategy", "namespace acme\nusecase Chat { stage <b>live</b> }\n");
		assertReport(pair, 1, """
				1 change in meaning; findings: 1 introduced, 0 resolved, 0 unchanged.

				### Use cases

				- `acme.Chat` added, stage idea

				### Findings

				- introduced: error STRAT-PARSE-001 in `a.strategy` on `acme.Chat`: stage must be one of idea, preDeployment, pilot, deployed, retired; found '\\<'
				""");
	}

	/** Runs the diff and checks that it exits with {@code exitCode} and prints the pair's heading, then exactly {@code report}. */
	private static CommandRun assertReport(ModelPair pair, int exitCode, String report) {
		CommandRun result = pair.diff();
		assertEquals(exitCode, result.exitCode(), result.toString());
		assertEquals(pair.heading() + report, result.out());
		return result;
	}

	/** a.strategy: an error kept (on moved lines) and one introduced; b.strategy: an error resolved. */
	static ModelPair findingsPair(Path dir) throws IOException {
		return new ModelPair(dir).old("a.strategy", """
				namespace acme
				role Cio
				usecase Triage { owner Nobody }
				usecase Chat { owner Cio }
				""").old("b.strategy", """
				namespace acme
				usecase Letters { owner Ghost }
				""").now("a.strategy", """
				namespace acme

				// the role moved down
				role Cio
				usecase Triage { owner Nobody }
				usecase Chat { owner Someone }
				""").now("b.strategy", """
				namespace acme
				usecase Letters { owner Cio }
				""");
	}
}
