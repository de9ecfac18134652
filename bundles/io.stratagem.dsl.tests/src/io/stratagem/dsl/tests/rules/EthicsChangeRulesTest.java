package io.stratagem.dsl.tests.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Rules of areas ETHICS and CHANGE. */
class EthicsChangeRulesTest extends RuleTest {

	@Test
	void highRiskInUseWithoutApprovedReviewBeforeDeployment() {
		assertEquals(List.of("m.strategy:1 ERROR STRAT-ETHICS-001 UseCase U: Use case U is deployed but has no approved, independent ethics review dated before its deployment",
				"m.strategy:2 ERROR STRAT-ETHICS-001 UseCase H: Use case H is pilot but has no approved, independent ethics review dated before its deployment"),
				findings(ETHICS_NO_APPROVED_REVIEW, """
						usecase U { stage deployed euAiAct tier high deployment 2027-06 }
						usecase H { stage pilot highImpact yes deployment 2027-06 }
						review Late { of U outcome approved on 2027-07 }
						review Pending { of H outcome pending on 2027-01 }
						"""));
	}

	@Test
	void highRiskWithApprovedReviewBeforeDeployment() {
		assertEquals(List.of(), findings(ETHICS_NO_APPROVED_REVIEW, """
				usecase U { stage deployed euAiAct tier high deployment 2027-06 }
				usecase M { stage deployed euAiAct tier minimal }
				review R { of U outcome approvedWithConditions on 2027-05 }
				"""));
	}

	@Test
	void aReviewApprovedByTheUseCasesOwnerIsNotIndependent() {
		assertEquals(List.of("m.strategy:4 ERROR STRAT-ETHICS-001 UseCase U: Use case U is deployed but has no approved, independent ethics review dated before its deployment",
				"m.strategy:5 ERROR STRAT-ETHICS-001 UseCase V: Use case V is deployed but has no approved, independent ethics review dated before its deployment"),
				findings(ETHICS_NO_APPROVED_REVIEW, """
						role Owner
						role Chair
						team Board { lead Owner }
						usecase U { stage deployed euAiAct tier high deployment 2027-06 owner Owner }
						usecase V { stage deployed euAiAct tier high deployment 2027-06 owner Owner }
						review Self { of U outcome approved on 2027-05 approver Owner }
						review OwnBoard { of V outcome approved on 2027-05 board Board approver Chair }
						"""));
	}

	@Test
	void aReviewApprovedBySomeoneOtherThanTheOwnerIsIndependent() {
		assertEquals(List.of(), findings(ETHICS_NO_APPROVED_REVIEW, """
				role Owner
				role Chair
				team Board { lead Chair }
				usecase U { stage deployed euAiAct tier high deployment 2027-06 owner Owner }
				review R { of U outcome approved on 2027-05 board Board approver Chair }
				"""));
	}

	@Test
	void openConditionAtDeployment() {
		assertEquals(List.of("m.strategy:3 WARNING STRAT-ETHICS-002 ReviewCondition R: Review R still has an open condition at the deployment of U: bias test"),
				findings(ETHICS_OPEN_CONDITION, """
						usecase U { stage deployed deployment 2027-06 }
						review R { of U outcome approvedWithConditions on 2027-05
							condition "bias test" status open due 2027-05
							condition "monitor" status open due 2028-01
							condition "docs" status met
						}
						"""));
	}

	@Test
	void conditionsMetOrDueLater() {
		assertEquals(List.of(), findings(ETHICS_OPEN_CONDITION, """
				usecase U { stage deployed deployment 2027-06 }
				review R { of U outcome approvedWithConditions on 2027-05 condition "monitor" due 2028-01 condition "x" status waived }
				"""));
	}

	@Test
	void rejectedUseCaseInUse() {
		assertEquals(List.of("m.strategy:2 ERROR STRAT-ETHICS-003 EthicsReview U: Use case U is pilot although review R rejected it"),
				findings(ETHICS_REJECTED_IN_USE, "usecase U { stage pilot }\nreview R { of U outcome rejected }\n"));
	}

	@Test
	void rejectedUseCaseNotInUse() {
		assertEquals(List.of(), findings(ETHICS_REJECTED_IN_USE, "usecase U { stage retired }\nreview R { of U outcome rejected }\n"));
	}

	@Test
	void deployedUseCaseAffectingRolesWithoutChange() {
		assertEquals(List.of("m.strategy:2 WARNING STRAT-CHANGE-001 UseCase U: Use case U is deployed and affects roles (Clerk) that no change initiative supporting it covers"),
				findings(CHANGE_NO_INITIATIVE, "role Clerk\nusecase U { stage deployed affects roles Clerk }\n"));
	}

	@Test
	void deployedUseCaseWithChange() {
		assertEquals(List.of(), findings(CHANGE_NO_INITIATIVE, "role Clerk\nusecase U { stage deployed affects roles Clerk }\nchange C { supports U }\n"));
	}

	@Test
	void changeWithoutAdoptionKpi() {
		assertEquals(List.of("m.strategy:1 WARNING STRAT-CHANGE-002 ChangeInitiative C: Change initiative C has no adoption KPI"),
				findings(CHANGE_WITHOUT_ADOPTION_KPI, "change C\n"));
	}

	@Test
	void changeWithAdoptionKpi() {
		assertEquals(List.of(), findings(CHANGE_WITHOUT_ADOPTION_KPI, "kpi K\nchange C { adoption K }\n"));
	}

	@Test
	void changeWithoutSponsor() {
		assertEquals(List.of("m.strategy:1 INFO STRAT-CHANGE-003 ChangeInitiative C: Change initiative C has no sponsor"),
				findings(CHANGE_WITHOUT_SPONSOR, "change C\n"));
	}

	@Test
	void changeWithSponsor() {
		assertEquals(List.of(), findings(CHANGE_WITHOUT_SPONSOR, "role Ceo\nchange C { sponsor Ceo }\n"));
	}
}
