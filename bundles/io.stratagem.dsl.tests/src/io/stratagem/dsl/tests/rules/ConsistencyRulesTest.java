package io.stratagem.dsl.tests.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A fact the model states twice (issue #20): what an element declares agrees with what follows from
 * the elements it uses.
 */
class ConsistencyRulesTest extends RuleTest {

	@Test
	void aKpiWithItsTargetAfterTheObjectiveItMeasuresIsDue() {
		assertEquals(List.of("m.strategy:1 WARNING STRAT-STRAT-007 Objective O: Objective O is due 2027-12, but KPI Late that measures it has its target only by 2028-06"),
				findings(STRAT_KPI_TARGET_AFTER_OBJECTIVE, """
						objective O { due 2027-12 measured by OnTime, Late }
						kpi OnTime { target 5 by 2027-Q4 }
						kpi Late { target 5 by 2028-06 }
						"""));
	}

	@Test
	void aDeployedUseCaseWhoseDeliveringInitiativeIsNotDone() {
		assertEquals(List.of("m.strategy:1 WARNING STRAT-UC-006 UseCase U: Use case U is deployed but initiative Build that delivers it is inProgress",
				"m.strategy:1 WARNING STRAT-UC-006 UseCase U: Use case U is deployed but initiative Rollout that delivers it is planned"),
				findings(UC_DEPLOYED_BEFORE_DELIVERED, """
						usecase U { stage deployed }
						usecase Next { stage pilot }
						roadmap R {
							initiative Build { start 2027-01 duration 3 months status inProgress delivers U, Next }
							initiative Rollout { after Build duration 1 month delivers U }
							initiative Design { start 2026-10 duration 3 months status done delivers U }
							initiative Dropped { start 2027-01 duration 3 months status cancelled delivers U }
						}
						"""));
	}

	@Test
	void aUseCaseThatDeclaresNoPersonalDataButUsesPersonalData() {
		assertEquals(List.of("m.strategy:1 ERROR STRAT-DATA-008 UseCase U: Use case U declares that it processes no personal data but uses data asset Claims, which holds personal data"),
				findings(DATA_PERSONAL_DATA_DENIED, """
						usecase U { personalData no uses data Weather, Claims }
						usecase V { personalData yes uses data Claims }
						data Weather { personalData no }
						data Claims { personalData yes }
						"""));
	}

	@Test
	void aCapabilityAvailableAfterItsProvidersContractEnds() {
		assertEquals(List.of("m.strategy:1 WARNING STRAT-INFRA-004 Capability Gpu: Capability Gpu is available until 2029-12, but the contract with its provider Cloud ends 2028-06"),
				findings(INFRA_PROVIDER_CONTRACT_ENDS_FIRST, """
						capability Gpu { provider Cloud available from 2027-01 available until 2029-12 }
						capability Storage { provider Cloud available until 2028-Q2 }
						partner Cloud { contract until 2028-06 }
						"""));
	}

	@Test
	void aTeamWithMoreCapacityThanItsMembersCanGive() {
		assertEquals(List.of("m.strategy:1 WARNING STRAT-TALENT-004 Team Small: Team Small has a capacity of 12 person-months a quarter, more than its 2 members can give (6)"),
				findings(TALENT_CAPACITY_ABOVE_SIZE, """
						team Small { size 2 capacity 12 person-months }
						team Full { size 4 capacity 12 person-months }
						team Unsized { capacity 30 person-months }
						"""));
	}

	@Test
	void aRiskRatedLowerAfterControlsItDoesNotHave() {
		assertEquals(List.of("m.strategy:1 WARNING STRAT-RISK-006 Risk Claimed: Risk Claimed has a residual score 4 below its inherent score 16 but no control to reduce it",
				"m.strategy:2 WARNING STRAT-RISK-006 Risk Retired: Risk Retired has a residual score 4 below its inherent score 16 but no control to reduce it"),
				findings(RISK_RESIDUAL_WITHOUT_CONTROL, """
						risk Claimed { inherent likelihood 4 impact 4 residual likelihood 2 impact 2 }
						risk Retired { inherent likelihood 4 impact 4 residual likelihood 2 impact 2 controlled by Old }
						risk Treated { inherent likelihood 4 impact 4 residual likelihood 2 impact 2 controlled by Review }
						risk Unchanged { inherent likelihood 4 impact 4 residual likelihood 4 impact 4 }
						control Old { status retired }
						control Review { status planned }
						"""));
	}
}
