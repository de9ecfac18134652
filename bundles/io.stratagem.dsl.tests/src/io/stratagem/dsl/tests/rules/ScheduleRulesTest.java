package io.stratagem.dsl.tests.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Rules of area ROADMAP that judge the roadmap engine's schedule and capacity plan: what the generated pages flag is a finding too. */
class ScheduleRulesTest extends RuleTest {

	@Test
	void anInitiativeScheduledBeyondItsPhase() {
		assertEquals(List.of("m.strategy:4 WARNING STRAT-ROADMAP-004 Initiative Late: Initiative Late is scheduled from 2027-04-01 to 2027-09-30, outside its phase P (2027-01 to 2027-06)"),
				findings(ROADMAP_INITIATIVE_OUTSIDE_PHASE, """
						roadmap R {
							phase P 2027-01 to 2027-06 {
								initiative Early { start 2027-01 duration 3 months }
								initiative Late { after Early duration 6 months }
							}
						}
						"""));
	}

	@Test
	void initiativesScheduledInsideTheirPhaseOrInNone() {
		assertEquals(List.of(), findings(ROADMAP_INITIATIVE_OUTSIDE_PHASE, """
				roadmap R {
					phase P 2027-01 to 2027-06 {
						initiative Early { start 2027-01 duration 3 months }
						initiative Late { after Early duration 3 months }
					}
					initiative Across { start 2027-05 duration 1 year }
				}
				"""));
	}

	@Test
	void aGateDueByTheReferenceDateWithoutAMeasurementOfItsKpi() {
		assertEquals(List.of("m.strategy:4 WARNING STRAT-ROADMAP-005 Milestone M: Milestone M at 2027-06 is gated on KPI Late, which has no measurement by then"),
				findings(ROADMAP_GATE_UNMEASURED, """
						kpi Late { measurement 2027-09 = 1 }
						kpi Early { measurement 2027-03 = 1 }
						roadmap R {
							milestone M at 2027-06 { gate Early, Late }
						}
						"""));
	}

	@Test
	void gatesMeasuredInTimeOrNotYetDue() {
		assertEquals(List.of(), findings(ROADMAP_GATE_UNMEASURED, """
				kpi Late { measurement 2027-09 = 1 }
				kpi Early { measurement 2027-03 = 1 }
				roadmap R {
					milestone M at 2027-09 { gate Early, Late }
					milestone Future at 2028-06 { gate Early }
				}
				"""));
	}

	@Test
	void aTeamOverAllocatedInAQuarterOfTheCapacityPlan() {
		assertEquals(List.of("m.strategy:1 WARNING STRAT-ROADMAP-006 Team T: Team T is planned above its capacity of 3 person-months a quarter in 2027-Q1 (6), 2027-Q3 (9) of roadmap R"),
				findings(ROADMAP_TEAM_OVER_ALLOCATED, """
						team T { capacity 3 person-months }
						roadmap R {
							initiative A { start 2027-01 duration 3 months effort 4 person-months team T }
							initiative B { start 2027-01 duration 1 month effort 2 person-months team T }
							initiative C { start 2027-07 duration 2 months effort 9 person-months team T }
						}
						"""));
	}

	/** The capacity plan is made once per roadmap for every team; each team's finding lists its own quarters only. */
	@Test
	void teamsOfOneRoadmapEachGetTheirOwnOverAllocatedQuarters() {
		assertEquals(List.of(
				"m.strategy:1 WARNING STRAT-ROADMAP-006 Team T: Team T is planned above its capacity of 3 person-months a quarter in 2027-Q1 (6) of roadmap R",
				"m.strategy:2 WARNING STRAT-ROADMAP-006 Team U: Team U is planned above its capacity of 2 person-months a quarter in 2027-Q3 (9) of roadmap R"),
				findings(ROADMAP_TEAM_OVER_ALLOCATED, """
						team T { capacity 3 person-months }
						team U { capacity 2 person-months }
						team V { capacity 9 person-months }
						roadmap R {
							initiative A { start 2027-01 duration 3 months effort 4 person-months team T }
							initiative B { start 2027-01 duration 1 month effort 2 person-months team T }
							initiative C { start 2027-07 duration 2 months effort 9 person-months team U }
							initiative D { start 2027-07 duration 2 months effort 9 person-months team V }
						}
						"""));
	}

	@Test
	void aTeamWithinItsCapacity() {
		assertEquals(List.of(), findings(ROADMAP_TEAM_OVER_ALLOCATED, """
				team T { capacity 3 person-months }
				roadmap R {
					initiative A { start 2027-01 duration 3 months effort 3 person-months team T }
					initiative B { start 2027-04 duration 6 months effort 6 person-months team T }
				}
				"""));
	}

	@Test
	void scheduleConflictsOfTheEngine() {
		assertEquals(List.of(
				"m.strategy:3 WARNING STRAT-ROADMAP-007 Initiative B: Schedule conflict of B: B starts on 2027-02-01 but its dependencies allow 2027-04-01 at the earliest",
				"m.strategy:4 WARNING STRAT-ROADMAP-007 Milestone M: Schedule conflict of M: Milestone M is due by 2027-02-28 but A finishes on 2027-03-31"),
				findings(ROADMAP_SCHEDULE_CONFLICT, """
						roadmap R {
							initiative A { start 2027-01 duration 3 months }
							initiative B { start 2027-02 after A duration 1 month }
							milestone M at 2027-02 { after A }
						}
						"""));
	}

	@Test
	void aScheduleWithoutConflicts() {
		assertEquals(List.of(), findings(ROADMAP_SCHEDULE_CONFLICT, """
				roadmap R {
					initiative A { start 2027-01 duration 3 months }
					initiative B { start 2027-04 after A duration 1 month }
					milestone M at 2027-04 { after A }
				}
				"""));
	}
}
