package io.stratagem.dsl.tests.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Rules of areas RISK and ROADMAP. */
class RiskRoadmapRulesTest extends RuleTest {

	@Test
	void highRiskWithoutControl() {
		assertEquals(List.of("m.strategy:1 ERROR STRAT-RISK-001 Risk R: Risk R scores 12 (likelihood x impact), at or above 12, and has no control"),
				findings(RISK_HIGH_WITHOUT_CONTROL, "risk R { inherent likelihood 3 impact 4 }\nrisk Low { inherent likelihood 2 impact 5 }\n"));
	}

	@Test
	void highRiskWithControl() {
		assertEquals(List.of(), findings(RISK_HIGH_WITHOUT_CONTROL, "control C\nrisk R { inherent likelihood 5 impact 5 controlled by C }\n"));
	}

	@Test
	void residualAboveInherent() {
		assertEquals(List.of("m.strategy:1 ERROR STRAT-RISK-002 Risk R: Risk R has a residual score 6 above its inherent score 4"),
				findings(RISK_RESIDUAL_ABOVE_INHERENT, "risk R { inherent likelihood 2 impact 2 residual likelihood 2 impact 3 }\n"));
	}

	@Test
	void residualBelowInherent() {
		assertEquals(List.of(), findings(RISK_RESIDUAL_ABOVE_INHERENT, "risk R { inherent likelihood 2 impact 2 residual likelihood 1 impact 4 }\n"));
	}

	@Test
	void riskWithoutOwner() {
		assertEquals(List.of("m.strategy:1 WARNING STRAT-RISK-003 Risk R: Risk R has no owner"), findings(RISK_WITHOUT_OWNER, "risk R\n"));
	}

	@Test
	void riskWithOwner() {
		assertEquals(List.of(), findings(RISK_WITHOUT_OWNER, "role Cro\nrisk R { owner Cro }\n"));
	}

	@Test
	void ratingOutOfScale() {
		assertEquals(List.of("m.strategy:1 ERROR STRAT-RISK-004 RiskRating R: Risk R has a residual rating outside the 1-5 scale: impact 6"),
				findings(RISK_RATING_OUT_OF_SCALE, "risk R { inherent likelihood 5 impact 5 residual likelihood 1 impact 6 }\n"));
	}

	@Test
	void ratingOnScale() {
		assertEquals(List.of(), findings(RISK_RATING_OUT_OF_SCALE, "risk R { inherent likelihood 1 impact 5 }\n"));
	}

	@Test
	void riskWithoutRating() {
		assertEquals(List.of("m.strategy:1 WARNING STRAT-RISK-005 Risk R: Risk R has no inherent rating"), findings(RISK_WITHOUT_RATING, "risk R\n"));
	}

	@Test
	void riskWithRating() {
		assertEquals(List.of(), findings(RISK_WITHOUT_RATING, "risk R { inherent likelihood 1 impact 1 }\n"));
	}

	@Test
	void roadmapWithoutStrategy() {
		assertEquals(List.of("m.strategy:1 WARNING STRAT-ROADMAP-001 Roadmap R: Roadmap R is not linked to a strategy"),
				findings(ROADMAP_WITHOUT_STRATEGY, "roadmap R { }\n"));
	}

	@Test
	void roadmapForAStrategy() {
		assertEquals(List.of(), findings(ROADMAP_WITHOUT_STRATEGY, "strategy S\nroadmap R { for S }\n"));
	}

	@Test
	void initiativeWithoutStartOrDependency() {
		assertEquals(List.of("m.strategy:5 WARNING STRAT-ROADMAP-002 Initiative C: Initiative C has no start date, no dependency and no end with a duration, so it cannot be scheduled",
				"m.strategy:3 WARNING STRAT-ROADMAP-002 Initiative I: Initiative I has no start date, no dependency and no end with a duration, so it cannot be scheduled"),
				findings(ROADMAP_INITIATIVE_UNSCHEDULED, """
						roadmap R {
							initiative A { start 2027-01 }
							initiative I { duration 3 months }
							initiative B { after A }
							phase P 2027-01 to 2027-12 { initiative C }
						}
						"""));
	}

	@Test
	void scheduledInitiatives() {
		assertEquals(List.of(), findings(ROADMAP_INITIATIVE_UNSCHEDULED, "roadmap R { initiative A { start 2027-01 } initiative B { after A } }\n"));
	}

	@Test
	void initiativeEndsAfterTheDeploymentOfWhatItDelivers() {
		assertEquals(List.of("m.strategy:4 WARNING STRAT-ROADMAP-003 Initiative Build: Initiative Build delivers U but ends 2027-06-30, after its deployment (2027-05)",
				"m.strategy:5 WARNING STRAT-ROADMAP-003 Initiative Platform: Initiative Platform delivers C but ends 2027-12-31, after its availability (2027-Q3)"),
				findings(ROADMAP_DELIVERY_AFTER_NEED, """
						usecase U { deployment 2027-05 }
						capability C { available from 2027-Q3 }
						roadmap R {
							initiative Build { start 2027-01 duration 6 months delivers U }
							initiative Platform { start 2027-01 end 2027-12 delivers C }
						}
						"""));
	}

	@Test
	void initiativeEndsInTimeOrCannotBeScheduled() {
		assertEquals(List.of(), findings(ROADMAP_DELIVERY_AFTER_NEED, """
				usecase U { deployment 2027-06 }
				capability C
				roadmap R {
					initiative Build { start 2027-01 duration 2 quarters delivers U, C }
					initiative Undated { duration 1 year delivers U }
				}
				"""));
	}

	@Test
	void anInitiativeDatedByItsDependenciesIsJudgedOnTheScheduledFinish() {
		assertEquals(List.of("m.strategy:4 WARNING STRAT-ROADMAP-003 Initiative Later: Initiative Later delivers U but ends 2028-06-30, after its deployment (2027-06)"),
				findings(ROADMAP_DELIVERY_AFTER_NEED, """
						usecase U { deployment 2027-06 }
						roadmap R {
							initiative Build { start 2027-01 duration 2 quarters }
							initiative Later { after Build duration 1 year delivers U }
						}
						"""));
	}
}
