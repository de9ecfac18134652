package io.stratagem.dsl.tests.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Rules check what their rationale says, not a proxy for it (issue #20): each test is a model that
 * the proxy let through and the rule now rejects.
 */
class RationaleRulesTest extends RuleTest {

	private static final String IMPORTS = "import stratagem.euaiact.*\nimport stratagem.omb.*\n";

	@Test
	void anObjectiveServedOnlyByARetiredUseCaseHasNoDeliveryBehindIt() {
		assertEquals(List.of("m.strategy:1 WARNING STRAT-STRAT-001 Objective O: Objective O is served by no use case"),
				findings(STRAT_OBJECTIVE_UNSERVED, "objective O\nusecase Old { stage retired serves O }\n"));
	}

	@Test
	void aHighRiskWhoseOnlyControlIsRetiredIsUntreated() {
		assertEquals(List.of("m.strategy:1 ERROR STRAT-RISK-001 Risk R: Risk R scores 16 (likelihood x impact), at or above 12, and has no control"),
				findings(RISK_HIGH_WITHOUT_CONTROL, "risk R { inherent likelihood 4 impact 4 controlled by Gone }\ncontrol Gone { status retired }\n"));
	}

	@Test
	void aControlOfASharedRiskScopedToAnotherUseCaseDoesNotMeetThisOnesObligations() {
		assertEquals(List.of("m.strategy:3 ERROR STRAT-EUAI-003 UseCase U: High-risk use case U is used as deployer but no control satisfies Art. 26"),
				findings(EUAI_HIGH_RISK_DEPLOYER, IMPORTS + """
						usecase U { euAiAct tier high as deployer risks Shared }
						usecase Other { euAiAct tier high as deployer risks Shared }
						risk Shared { controlled by ForOther }
						control ForOther { status operating satisfies Art26 applies to Other }
						"""));
	}

	@Test
	void aRetiredControlDoesNotMeetAnObligationOfAUseCaseNotYetDeployed() {
		assertEquals(List.of("m.strategy:3 WARNING STRAT-EUAI-005 UseCase U: Limited-risk use case U has no control satisfying Art. 50 (transparency)"),
				findings(EUAI_LIMITED_TRANSPARENCY, IMPORTS + "usecase U { stage pilot euAiAct tier limited }\ncontrol Old { status retired satisfies Art50 applies to U }\n"));
	}

	@Test
	void aChangeInitiativeThatNamesOtherRolesLeavesTheAffectedOnesUnmanaged() {
		assertEquals(List.of("m.strategy:3 WARNING STRAT-CHANGE-001 UseCase U: Use case U is deployed and affects roles (Adjuster) that no change initiative supporting it covers"),
				findings(CHANGE_NO_INITIATIVE, """
						role Clerk
						role Adjuster
						usecase U { stage deployed affects roles Clerk, Adjuster }
						change Training { supports U affects roles Clerk }
						"""));
	}

	@Test
	void aChangeInitiativeThatNamesNoRolesCoversEveryAffectedRole() {
		assertEquals(List.of(), findings(CHANGE_NO_INITIATIVE, """
				role Clerk
				role Adjuster
				usecase U { stage deployed affects roles Clerk, Adjuster }
				change Narrow { supports U affects roles Clerk }
				change Broad { supports U }
				"""));
	}

	@Test
	void anInitiativeInADatedPhaseWithoutAStartCannotBeScheduled() {
		assertEquals(List.of("m.strategy:2 WARNING STRAT-ROADMAP-002 Initiative C: Initiative C has no start date, no dependency and no end with a duration, so it cannot be scheduled"),
				findings(ROADMAP_INITIATIVE_UNSCHEDULED, """
						roadmap R {
							phase P 2027-01 to 2027-12 { initiative C { duration 3 months } }
						}
						"""));
	}

	@Test
	void anInitiativeWithAnEndAndADurationIsScheduled() {
		assertEquals(List.of(), findings(ROADMAP_INITIATIVE_UNSCHEDULED, "roadmap R { initiative Late { end 2027-06 duration 3 months } }\n"));
	}

	@Test
	void aRetiredControlLeavesItsAnnexAObjectivesUncovered() {
		assertEquals(List.of("m.strategy:2 INFO STRAT-ISO-001 Strategy S: Strategy S: 2 of the 10 ISO/IEC 42001 Annex A control objectives have no control: A.6.1, A.6.2"),
				findings(ISO_OBJECTIVE_UNCOVERED, """
						import stratagem.isoiec42001.*
						strategy S
						control C { satisfies A_2_2, A_3_2, A_4_2, A_5_2, A_7_2, A_8_2, A_9_2, A_10_2 }
						control Old { status retired satisfies A_6_1_2, A_6_2_2 }
						"""));
	}
}
