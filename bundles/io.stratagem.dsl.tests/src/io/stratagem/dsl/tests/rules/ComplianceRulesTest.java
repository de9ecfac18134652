package io.stratagem.dsl.tests.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Rules of areas EUAI, OMB, NIST and ISO, checked against the built-in framework library. */
class ComplianceRulesTest extends RuleTest {

	private static final String IMPORTS = "import stratagem.euaiact.*\nimport stratagem.omb.*\n";

	@Test
	void unacceptableTier() {
		assertEquals(List.of("m.strategy:1 ERROR STRAT-EUAI-001 UseCase U: Use case U is in the unacceptable EU AI Act tier: it is a prohibited practice"),
				findings(EUAI_UNACCEPTABLE, "usecase U { euAiAct tier unacceptable }\n"));
	}

	@Test
	void acceptableTier() {
		assertEquals(List.of(), findings(EUAI_UNACCEPTABLE, "usecase U { euAiAct tier high }\n"));
	}

	@Test
	void highRiskProviderMissesArticles() {
		assertEquals(List.of("m.strategy:3 ERROR STRAT-EUAI-002 UseCase U: High-risk use case U has no control satisfying Art. 10, Art. 11, Art. 12, Art. 13, Art. 15"),
				findings(EUAI_HIGH_RISK_PROVIDER, IMPORTS + """
						usecase U { euAiAct tier high as provider risks R }
						risk R { controlled by C1 }
						control C1 { satisfies Art9 }
						control C2 { satisfies Art14 applies to U }
						"""));
	}

	@Test
	void highRiskProviderWithAllArticles() {
		assertEquals(List.of(), findings(EUAI_HIGH_RISK_PROVIDER, IMPORTS + """
				usecase U { euAiAct tier high as provider }
				usecase D { euAiAct tier high as deployer }
				control C { satisfies Art9, Art10, Art11, Art12, Art13, Art14, Art15 applies to U }
				"""));
	}

	@Test
	void highRiskDeployerMissesArticle26And27() {
		String text = IMPORTS + "usecase U { euAiAct tier high as deployer }\n";
		assertEquals(List.of("m.strategy:3 ERROR STRAT-EUAI-003 UseCase U: High-risk use case U is used as deployer but no control satisfies Art. 26"),
				findings(EUAI_HIGH_RISK_DEPLOYER, text));
		assertEquals(List.of("m.strategy:3 INFO STRAT-EUAI-004 UseCase U: High-risk use case U is used as deployer; no control satisfies Art. 27 (fundamental rights impact assessment)"),
				findings(EUAI_FRIA, text));
	}

	@Test
	void highRiskDeployerWithArticle26And27() {
		String text = IMPORTS + "usecase U { euAiAct tier high as providerAndDeployer }\nrisk R { affects U controlled by C }\ncontrol C { satisfies Art26, Art27 }\n";
		assertEquals(List.of(), findings(EUAI_HIGH_RISK_DEPLOYER, text));
		assertEquals(List.of(), findings(EUAI_FRIA, text));
	}

	@Test
	void aPlannedControlDoesNotMeetTheObligationsOfADeployedSystem() {
		String text = IMPORTS + """
				usecase U { stage deployed euAiAct tier high as deployer }
				usecase L { stage deployed euAiAct tier limited }
				usecase H { stage deployed highImpact yes }
				control Oversight { status planned satisfies Art26 applies to U }
				control Label { status implementing satisfies Art50 applies to L }
				control Practices { status planned satisfies PreDeploymentTesting, ImpactAssessment, OngoingMonitoring, HumanTraining, HumanOversight,
					RemediesAndAppeals, PublicConsultation applies to H }
				""";
		assertEquals(List.of("m.strategy:3 ERROR STRAT-EUAI-003 UseCase U: High-risk use case U is used as deployer but no control satisfies Art. 26"),
				findings(EUAI_HIGH_RISK_DEPLOYER, text));
		assertEquals(List.of("m.strategy:4 WARNING STRAT-EUAI-005 UseCase L: Limited-risk use case L has no control satisfying Art. 50 (transparency)"),
				findings(EUAI_LIMITED_TRANSPARENCY, text));
		assertEquals(1, findings(OMB_MINIMUM_PRACTICES, text).size());
	}

	@Test
	void anOperatingControlMeetsTheObligationsOfADeployedSystemAndAPlannedOneThoseOfAPlannedSystem() {
		String text = IMPORTS + """
				usecase U { stage deployed euAiAct tier high as deployer }
				usecase L { stage preDeployment euAiAct tier limited }
				control Oversight { status operating satisfies Art26 applies to U }
				control Label { status planned satisfies Art50 applies to L }
				""";
		assertEquals(List.of(), findings(EUAI_HIGH_RISK_DEPLOYER, text));
		assertEquals(List.of(), findings(EUAI_LIMITED_TRANSPARENCY, text));
	}

	@Test
	void limitedTierWithoutTransparency() {
		assertEquals(List.of("m.strategy:3 WARNING STRAT-EUAI-005 UseCase U: Limited-risk use case U has no control satisfying Art. 50 (transparency)"),
				findings(EUAI_LIMITED_TRANSPARENCY, IMPORTS + "usecase U { euAiAct tier limited }\n"));
	}

	@Test
	void limitedTierWithTransparencyOfAParagraph() {
		assertEquals(List.of(), findings(EUAI_LIMITED_TRANSPARENCY, IMPORTS + "usecase U { euAiAct tier limited }\ncontrol C { satisfies Art50_1 applies to U }\n"));
	}

	@Test
	void unclassifiedInUse() {
		assertEquals(List.of("m.strategy:1 WARNING STRAT-EUAI-006 UseCase U: Use case U is deployed but its EU AI Act tier is not classified"),
				findings(EUAI_UNCLASSIFIED_IN_USE, "usecase U { stage deployed }\nusecase I { stage idea }\n"));
	}

	@Test
	void classifiedInUse() {
		assertEquals(List.of(), findings(EUAI_UNCLASSIFIED_IN_USE, "usecase U { stage deployed euAiAct tier minimal }\n"));
	}

	@Test
	void highImpactWithoutMinimumPractices() {
		assertEquals(List.of("m.strategy:3 ERROR STRAT-OMB-001 UseCase U: High-impact use case U lacks minimum practices: "
				+ "ongoing monitoring (OMB-M-25-21-4b-iii), human training (OMB-M-25-21-4b-iv), human oversight and intervention (OMB-M-25-21-4b-v), "
				+ "remedies and appeals (OMB-M-25-21-4b-vi), public consultation (OMB-M-25-21-4b-vii)"),
				findings(OMB_MINIMUM_PRACTICES, IMPORTS + """
						usecase U { stage deployed highImpact yes }
						control C { status operating satisfies PreDeploymentTesting, IndependentReview applies to U }
						"""));
	}

	@Test
	void highImpactWithAllMinimumPractices() {
		assertEquals(List.of(), findings(OMB_MINIMUM_PRACTICES, IMPORTS + """
				usecase U { stage pilot highImpact yes }
				usecase Later { stage idea highImpact yes }
				control C { satisfies PreDeploymentTesting, ImpactAssessment, OngoingMonitoring, HumanTraining, HumanOversight,
					RemediesAndAppeals, PublicConsultation applies to U }
				"""));
	}

	@Test
	void nistCoverageIsOneFindingListingTheUncoveredCategoriesOfEveryFunction() {
		List<String> findings = findings(NIST_FUNCTION_UNCOVERED, """
				import stratagem.nist.*
				strategy S
				control C { satisfies GOVERN_1_1, GOVERN_2_1, GOVERN_3_1, GOVERN_4_1, GOVERN_5_1, GOVERN_6_1, MAP_1_1 }
				""");
		assertEquals(List.of("m.strategy:2 INFO STRAT-NIST-001 Strategy S: Strategy S: 12 of the 19 NIST AI RMF categories have no control: "
				+ "MAP-2, MAP-3, MAP-4, MAP-5, MEASURE-1, MEASURE-2, MEASURE-3, MEASURE-4, MANAGE-1, MANAGE-2, MANAGE-3, MANAGE-4"), findings);
	}

	@Test
	void isoCoverageIsOneFindingListingTheUncoveredObjectives() {
		List<String> findings = findings(ISO_OBJECTIVE_UNCOVERED, """
				import stratagem.isoiec42001.*
				strategy S
				control C { satisfies A_2_2, A_3_2, A_4_2, A_5_2, A_7_2, A_8_2, A_9_2, A_10_2 }
				""");
		assertEquals(List.of("m.strategy:2 INFO STRAT-ISO-001 Strategy S: Strategy S: 2 of the 10 ISO/IEC 42001 Annex A control objectives have no control: A.6.1, A.6.2"),
				findings);
	}

	@Test
	void everyNistCategoryCovered() {
		assertEquals(List.of(), findings(NIST_FUNCTION_UNCOVERED, """
				import stratagem.nist.*
				strategy S
				control C { satisfies GOVERN_1, GOVERN_2, GOVERN_3, GOVERN_4, GOVERN_5, GOVERN_6_2, MAP_1, MAP_2, MAP_3, MAP_4, MAP_5,
					MEASURE_1, MEASURE_2, MEASURE_3, MEASURE_4, MANAGE_1, MANAGE_2, MANAGE_3, MANAGE_4 }
				"""));
	}

	@Test
	void everyIsoObjectiveCovered() {
		assertEquals(List.of(), findings(ISO_OBJECTIVE_UNCOVERED, """
				import stratagem.isoiec42001.*
				strategy S
				control C { satisfies A_2_2, A_3_2, A_4_2, A_5_2, A_6_1_2, A_6_2_2, A_7_2, A_8_2, A_9_2, A_10_2 }
				"""));
	}
}
