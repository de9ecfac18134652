package io.stratagem.dsl.tests.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Rules of area UC. */
class UseCaseRulesTest extends RuleTest {

	private static final String FULL_PRIORITY = "priority { value 1 criticality 1 riskReduction 1 effort 1 reach 1 impact 1 confidence 50% }";

	@Test
	void pilotWithoutKpi() {
		assertEquals(List.of("m.strategy:1 WARNING STRAT-UC-001 UseCase U: Use case U is pilot but has no KPI"),
				findings(UC_WITHOUT_KPI, "usecase U { stage pilot }\nusecase I { stage idea }\n"));
	}

	@Test
	void deployedWithKpi() {
		assertEquals(List.of(), findings(UC_WITHOUT_KPI, "kpi K\nusecase U { stage deployed kpis K }\n"));
	}

	@Test
	void priorityInputsMissing() {
		assertEquals(List.of("m.strategy:1 WARNING STRAT-UC-002 UseCase U: Use case U lacks prioritisation inputs: criticality, reach",
				"m.strategy:2 WARNING STRAT-UC-002 UseCase V: Use case V lacks prioritisation inputs: value, criticality, riskReduction, effort, reach, impact, confidence"),
				findings(UC_PRIORITY_INPUTS_MISSING, """
						usecase U { priority { value 1 riskReduction 1 effort 1 impact 1 confidence 50% } }
						usecase V
						usecase R { stage retired }
						"""));
	}

	@Test
	void priorityInputsComplete() {
		assertEquals(List.of(), findings(UC_PRIORITY_INPUTS_MISSING, "usecase U { " + FULL_PRIORITY + " }\n"));
	}

	@Test
	void useCaseWithoutOwner() {
		assertEquals(List.of("m.strategy:2 WARNING STRAT-UC-003 UseCase U: Use case U has no owner"),
				findings(UC_WITHOUT_OWNER, "role Cio\nusecase U\nusecase V { owner Cio }\n"));
	}

	@Test
	void useCaseWithOwner() {
		assertEquals(List.of(), findings(UC_WITHOUT_OWNER, "role Cio\nusecase V { owner Cio }\n"));
	}

	@Test
	void deployedWithoutDeploymentDate() {
		assertEquals(List.of("m.strategy:1 WARNING STRAT-UC-004 UseCase U: Use case U is deployed but has no deployment date"),
				findings(UC_WITHOUT_DEPLOYMENT_DATE, "usecase U { stage deployed }\n"));
	}

	@Test
	void deployedWithDeploymentDate() {
		assertEquals(List.of(), findings(UC_WITHOUT_DEPLOYMENT_DATE, "usecase U { stage deployed deployment 2027-03 }\nusecase I { stage idea }\n"));
	}

	@Test
	void effortZero() {
		assertEquals(List.of("m.strategy:2 ERROR STRAT-UC-005 Priority U: Use case U has an effort of 0; effort must be positive"),
				findings(UC_EFFORT_NOT_POSITIVE, "usecase U {\n\tpriority { effort 0 }\n}\n"));
	}

	@Test
	void effortPositive() {
		assertEquals(List.of(), findings(UC_EFFORT_NOT_POSITIVE, "usecase U { priority { effort 0.5 } }\n"));
	}
}
