package io.stratagem.dsl.tests.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What the roadmap engine flags on the generated pages is also a validation finding (issue #20):
 * the scorecard's "not on track" and the roadmap page's schedule conflicts that no rule reported.
 */
class EngineFindingsRulesTest extends RuleTest {

	@Test
	void aKpiTheScorecardMarksNotOnTrack() {
		assertEquals(List.of("m.strategy:1 WARNING STRAT-KPI-009 KPI Slow: KPI Slow is forecast at 14.79 by its target date 2027-12, which misses its target 20"),
				findings(KPI_FORECAST_MISSES_TARGET, """
						kpi Slow { unit % baseline 10 target 20 by 2027-12 measurement 2027-01 = 10 measurement 2027-02 = 10.4 }
						kpi Fast { unit % baseline 10 target 20 by 2027-12 measurement 2027-01 = 10 measurement 2027-02 = 12 }
						kpi Down { unit days direction decrease baseline 10 target 5 by 2027-12 measurement 2027-01 = 10 measurement 2027-02 = 9 }
						"""));
	}

	@Test
	void anInitiativeThatEndsBeforeTheStartItsDependencyAllows() {
		assertEquals(List.of("m.strategy:3 WARNING STRAT-ROADMAP-007 Initiative B: Schedule conflict of B: B ends on 2027-03-31, before it starts on 2027-07-01"),
				findings(ROADMAP_SCHEDULE_CONFLICT, """
						roadmap R {
							initiative A { start 2027-01 duration 6 months }
							initiative B { after A end 2027-03 }
						}
						"""));
	}

	@Test
	void anInitiativeOfZeroDuration() {
		assertEquals(List.of("m.strategy:2 WARNING STRAT-ROADMAP-007 Initiative A: Schedule conflict of A: A has a duration of 0 months; a duration must be positive"),
				findings(ROADMAP_SCHEDULE_CONFLICT, """
						roadmap R {
							initiative A { start 2027-01 duration 0 months }
						}
						"""));
	}

	@Test
	void anInitiativeScheduledPastTheHorizonByItsDuration() {
		assertEquals(List.of("m.strategy:4 WARNING STRAT-ROADMAP-007 Initiative Long: Schedule conflict of Long: Long runs from 2028-07-01 to 2029-06-30, outside the horizon of strategy S (2027-01-01 to 2028-12-31)"),
				findings(ROADMAP_SCHEDULE_CONFLICT, """
						strategy S { horizon 2027-01 to 2028-12 }
						roadmap R {
							for S
							initiative Long { start 2028-07 duration 12 months }
							initiative Declared { start 2029-03 duration 1 month }
						}
						"""));
	}

	@Test
	void effortTheCapacityPageCannotCompareWithACapacity() {
		assertEquals(List.of("m.strategy:1 INFO STRAT-ROADMAP-008 Team Ops: Roadmap R cannot compare the effort of Ops with a capacity: Team Ops has no capacity; its load cannot be compared",
				"m.strategy:5 INFO STRAT-ROADMAP-008 Initiative NoEffort: Roadmap R cannot compare the effort of NoEffort with a capacity: NoEffort has no effort",
				"m.strategy:6 INFO STRAT-ROADMAP-008 Initiative NoTeam: Roadmap R cannot compare the effort of NoTeam with a capacity: NoTeam has no team; its effort is counted as unassigned"),
				findings(ROADMAP_CAPACITY_UNCHECKED, """
						team Ops { size 3 }
						team Dev { size 3 capacity 9 person-months }
						roadmap R {
							initiative Run { start 2027-01 duration 3 months effort 6 person-months team Ops }
							initiative NoEffort { start 2027-01 duration 3 months team Dev }
							initiative NoTeam { start 2027-01 duration 3 months effort 3 person-months }
							initiative Unscheduled { duration 3 months effort 3 person-months team Dev }
						}
						"""));
	}
}
