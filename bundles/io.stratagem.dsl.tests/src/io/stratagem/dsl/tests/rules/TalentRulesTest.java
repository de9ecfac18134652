package io.stratagem.dsl.tests.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Rules of areas TALENT and LIT. */
class TalentRulesTest extends RuleTest {

	@Test
	void requiredSkillNotCovered() {
		assertEquals(List.of("m.strategy:4 WARNING STRAT-TALENT-001 UseCase U: Use case U requires skill ML, which no team has at its required level and no training completes by 2027-06"),
				findings(TALENT_SKILL_NOT_COVERED, """
						skill ML
						team T { skill ML current 2 required 3 }
						training Late { teaches ML end 2027-09 }
						usecase U { stage pilot requires skills ML deployment 2027-06 }
						"""));
	}

	@Test
	void requiredSkillCoveredByATeamOrTrainingInTime() {
		assertEquals(List.of(), findings(TALENT_SKILL_NOT_COVERED, """
				skill ML
				skill Ops
				team T { skill ML current 3 required 3 }
				training Early { teaches Ops end 2027-05 }
				usecase U { stage pilot requires skills ML, Ops deployment 2027-06 }
				"""));
	}

	@Test
	void teamGapWithoutTraining() {
		assertEquals(List.of("m.strategy:2 INFO STRAT-TALENT-002 SkillProficiency T: Team T has a gap in skill ML (current 1, required 3) and no training programme for it"),
				findings(TALENT_GAP_WITHOUT_TRAINING, "skill ML\nteam T { skill ML current 1 required 3 }\n"));
	}

	@Test
	void teamGapWithTraining() {
		assertEquals(List.of(), findings(TALENT_GAP_WITHOUT_TRAINING, "skill ML\nteam T { skill ML current 1 required 3 }\ntraining X { teaches ML for T }\n"));
	}

	@Test
	void anInitiativeStaffedBeforeItsTeamIsTrained() {
		assertEquals(List.of("m.strategy:5 WARNING STRAT-TALENT-003 Initiative Build: Initiative Build starts 2027-04-01 with team T at level 2 of the required 3 in skill ML, which U needs; training Course closes the gap only by 2027-09"),
				findings(TALENT_STAFFED_BEFORE_TRAINED, """
						skill ML
						team T { skill ML current 2 required 3 }
						training Course { teaches ML for T end 2027-09 }
						usecase U { requires skills ML deployment 2028-06 }
						roadmap R { initiative Build { start 2027-04 duration 6 months team T delivers U } }
						"""));
	}

	@Test
	void anInitiativeStaffedOnceItsTeamIsTrainedOrWithASkillItsDeliveryDoesNotNeed() {
		assertEquals(List.of(), findings(TALENT_STAFFED_BEFORE_TRAINED, """
				skill ML
				skill Ops
				team T { skill ML current 2 required 3 skill Ops current 1 required 3 }
				training Course { teaches ML, Ops for T end 2027-09 }
				usecase U { requires skills ML deployment 2028-06 }
				roadmap R {
					initiative Build { start 2027-10 duration 6 months team T delivers U }
					initiative Other { start 2027-01 duration 3 months team T }
				}
				"""));
	}

	@Test
	void noLiteracyForOperatorsWhileAiIsInUse() {
		assertEquals(List.of("m.strategy:1 WARNING STRAT-LIT-001 Strategy S: Strategy S has AI systems in use (U) that no AI literacy programme for aiOperators reaches"),
				findings(LIT_NO_OPERATOR_LITERACY, "strategy S\nusecase U { stage deployed }\nliteracy L { audience executives }\n"));
	}

	@Test
	void literacyForOperators() {
		assertEquals(List.of(), findings(LIT_NO_OPERATOR_LITERACY, "strategy S\nusecase U { stage deployed }\nliteracy L { audience executives, aiOperators }\n"));
	}

	@Test
	void anOperatorProgrammeForOtherUnitsDoesNotReachTheSystemsOperators() {
		assertEquals(List.of("m.strategy:1 WARNING STRAT-LIT-001 Strategy S: Strategy S has AI systems in use (Pricing) that no AI literacy programme for aiOperators reaches"),
				findings(LIT_NO_OPERATOR_LITERACY, """
						strategy S
						unit Group
						unit Claims { part of Group }
						unit Underwriting { part of Group }
						usecase Triage { stage deployed unit Claims }
						usecase Pricing { stage pilot unit Underwriting }
						literacy L { audience aiOperators units Claims }
						"""));
	}

	@Test
	void anOperatorProgrammeReachesTheUnitsItNamesAndTheirSubUnits() {
		assertEquals(List.of(), findings(LIT_NO_OPERATOR_LITERACY, """
				strategy S
				unit Group
				unit Claims { part of Group }
				unit Underwriting { part of Group }
				usecase Triage { stage deployed unit Claims }
				usecase Pricing { stage pilot unit Underwriting }
				usecase Unplaced { stage deployed }
				literacy L { audience aiOperators units Claims }
				literacy G { audience aiOperators units Group }
				"""));
	}

	@Test
	void literacyWithoutAudience() {
		assertEquals(List.of("m.strategy:1 WARNING STRAT-LIT-002 LiteracyProgram L: Literacy programme L has no audience"),
				findings(LIT_WITHOUT_AUDIENCE, "literacy L { reach 80% }\n"));
	}

	@Test
	void literacyWithAudience() {
		assertEquals(List.of(), findings(LIT_WITHOUT_AUDIENCE, "literacy L { audience allStaff }\n"));
	}

	@Test
	void literacyWithoutReach() {
		assertEquals(List.of("m.strategy:1 INFO STRAT-LIT-003 LiteracyProgram L: Literacy programme L has no reach target"),
				findings(LIT_WITHOUT_REACH, "literacy L { audience allStaff }\n"));
	}

	@Test
	void literacyWithReach() {
		assertEquals(List.of(), findings(LIT_WITHOUT_REACH, "literacy L { reach 90% }\n"));
	}
}
