package io.stratagem.dsl.tests.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Rules of area KPI. */
class KpiRulesTest extends RuleTest {

	@Test
	void kpiWithoutBaselineTargetUnit() {
		assertEquals(List.of("m.strategy:1 WARNING STRAT-KPI-001 KPI K: KPI K has no baseline"), findings(KPI_WITHOUT_BASELINE, "kpi K\n"));
		assertEquals(List.of("m.strategy:1 WARNING STRAT-KPI-002 KPI K: KPI K has no target"), findings(KPI_WITHOUT_TARGET, "kpi K\n"));
		assertEquals(List.of("m.strategy:1 WARNING STRAT-KPI-003 KPI K: KPI K has no unit"), findings(KPI_WITHOUT_UNIT, "kpi K\n"));
	}

	@Test
	void kpiWithBaselineTargetUnit() {
		String text = "kpi K { unit % baseline 10 target 20 }\n";
		assertEquals(List.of(), findings(KPI_WITHOUT_BASELINE, text));
		assertEquals(List.of(), findings(KPI_WITHOUT_TARGET, text));
		assertEquals(List.of(), findings(KPI_WITHOUT_UNIT, text));
	}

	@Test
	void targetOnTheWrongSideOfTheBaseline() {
		assertEquals(List.of("m.strategy:1 ERROR STRAT-KPI-004 KPI Up: KPI Up should increase but its target 5 is not beyond its baseline 10",
				"m.strategy:2 ERROR STRAT-KPI-004 KPI Down: KPI Down should decrease but its target 12 is not beyond its baseline 10"),
				findings(KPI_TARGET_WRONG_SIDE, "kpi Up { baseline 10 target 5 }\nkpi Down { direction decrease baseline 10 target 12 }\n"));
	}

	@Test
	void targetBeyondTheBaseline() {
		assertEquals(List.of(), findings(KPI_TARGET_WRONG_SIDE,
				"kpi Up { direction increase baseline 10 target 15 }\nkpi Down { direction decrease baseline 10 target 8 }\nkpi R { direction range baseline 1 target 0.9 to 1.1 }\n"));
	}

	@Test
	void measurementOutsideTheHorizon() {
		assertEquals(List.of("m.strategy:3 WARNING STRAT-KPI-005 Measurement K: KPI K has a measurement on 2026-12, outside the strategy horizon 2027-Q1 to 2029-Q4"),
				findings(KPI_MEASUREMENT_OUTSIDE_HORIZON, "strategy S { horizon 2027-Q1 to 2029-Q4 }\nkpi K {\n\tmeasurement 2026-12 = 1\n\tmeasurement 2027-01 = 2\n}\n"));
	}

	@Test
	void measurementsInsideTheHorizon() {
		assertEquals(List.of(), findings(KPI_MEASUREMENT_OUTSIDE_HORIZON, "strategy S { horizon 2027-Q1 to 2029-Q4 }\nkpi K { measurement 2027-01 = 2 measurement 2029-12-31 = 3 }\n"));
	}

	@Test
	void staleMeasurementsAgainstTheLatestMeasurementOfTheModel() {
		assertEquals(List.of("m.strategy:1 WARNING STRAT-KPI-006 KPI Old: KPI Old is measured monthly but its latest measurement (2027-10) is older than that on 2027-12"),
				findings(KPI_STALE, """
						kpi Old { measured monthly measurement 2027-09 = 1 measurement 2027-10 = 1 }
						kpi New { measured monthly measurement 2027-11 = 1 measurement 2027-12 = 1 }
						"""));
	}

	@Test
	void freshMeasurements() {
		assertEquals(List.of(), findings(KPI_STALE, """
				kpi M { measured monthly measurement 2027-11 = 1 }
				kpi Q { measured quarterly measurement 2027-Q3 = 1 }
				kpi A { measured annually measurement 2027-01 = 1 }
				kpi N { measurement 2027-12 = 1 }
				"""));
	}

	@Test
	void inconsistentThresholds() {
		assertEquals(List.of("m.strategy:1 ERROR STRAT-KPI-007 KPI Up: KPI Up has inconsistent thresholds for direction increase: red 8 is not below amber 7",
				"m.strategy:2 ERROR STRAT-KPI-007 KPI Down: KPI Down has inconsistent thresholds for direction decrease: amber 4 is not above target 5"),
				findings(KPI_THRESHOLDS_INCONSISTENT, """
						kpi Up { target 10 thresholds amber 7 red 8 }
						kpi Down { direction decrease target 5 thresholds amber 4 red 9 }
						"""));
	}

	@Test
	void consistentThresholds() {
		assertEquals(List.of(), findings(KPI_THRESHOLDS_INCONSISTENT, """
				kpi Up { target 10 thresholds amber 8 red 6 }
				kpi Down { direction decrease target 5 thresholds amber 7 red 9 }
				"""));
	}

	@Test
	void invalidTargetRange() {
		assertEquals(List.of("m.strategy:1 ERROR STRAT-KPI-008 KPI R: KPI R has direction range but its target has no upper bound",
				"m.strategy:2 ERROR STRAT-KPI-008 KPI Q: KPI Q has direction range but its upper bound 0.9 is below its lower bound 1.1"),
				findings(KPI_RANGE_INVALID, "kpi R { direction range target 1 }\nkpi Q { direction range target 1.1 to 0.9 }\n"));
	}

	@Test
	void validTargetRange() {
		assertEquals(List.of(), findings(KPI_RANGE_INVALID, "kpi R { direction range target 0.95 to 1.05 }\n"));
	}
}
