package io.stratagem.dsl.tests.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Rules of area STRAT. */
class StrategyRulesTest extends RuleTest {

	@Test
	void objectiveServedByNoUseCase() {
		assertEquals(List.of("m.strategy:2 WARNING STRAT-STRAT-001 Objective B: Objective B is served by no use case"),
				findings(STRAT_OBJECTIVE_UNSERVED, """
						objective A
						objective B
						objective C { refines A }
						usecase U { serves C }
						"""));
	}

	@Test
	void objectiveServedDirectlyOrThroughARefiningObjective() {
		assertEquals(List.of(), findings(STRAT_OBJECTIVE_UNSERVED, "objective A\nobjective C { refines A }\nusecase U { serves C }\n"));
	}

	@Test
	void useCaseServingNoObjective() {
		assertEquals(List.of("m.strategy:1 WARNING STRAT-STRAT-002 UseCase U: Use case U serves no objective"),
				findings(STRAT_USE_CASE_WITHOUT_OBJECTIVE, "usecase U\nobjective A\nusecase V { serves A }\n"));
	}

	@Test
	void useCaseServingAnObjective() {
		assertEquals(List.of(), findings(STRAT_USE_CASE_WITHOUT_OBJECTIVE, "objective A\nusecase V { serves A }\n"));
	}

	@Test
	void strategyAndObjectiveWithoutOwner() {
		assertEquals(List.of("m.strategy:2 WARNING STRAT-STRAT-003 Strategy S: S has no owner",
				"m.strategy:3 WARNING STRAT-STRAT-003 Objective A: A has no owner"), findings(STRAT_WITHOUT_OWNER, """
						role Cio
						strategy S
						objective A
						"""));
	}

	@Test
	void ownedStrategyAndObjective() {
		assertEquals(List.of(), findings(STRAT_WITHOUT_OWNER, "role Cio\nstrategy S { owner Cio }\nobjective A { owner Cio }\n"));
	}

	@Test
	void strategyWithoutHorizon() {
		assertEquals(List.of("m.strategy:1 WARNING STRAT-STRAT-004 Strategy S: Strategy S has no horizon"),
				findings(STRAT_WITHOUT_HORIZON, "strategy S { vision \"v\" }\n"));
	}

	@Test
	void strategyWithHorizon() {
		assertEquals(List.of(), findings(STRAT_WITHOUT_HORIZON, "strategy S { horizon 2027-Q1 to 2029-Q4 }\n"));
	}

	@Test
	void objectiveWithoutKpi() {
		assertEquals(List.of("m.strategy:1 WARNING STRAT-STRAT-005 Objective A: Objective A is measured by no KPI"),
				findings(STRAT_OBJECTIVE_WITHOUT_KPI, "objective A\n"));
	}

	@Test
	void objectiveWithKpi() {
		assertEquals(List.of(), findings(STRAT_OBJECTIVE_WITHOUT_KPI, "kpi K\nobjective A { measured by K }\n"));
	}

	@Test
	void objectiveDueAfterItsParent() {
		assertEquals(List.of("m.strategy:2 WARNING STRAT-STRAT-006 Objective B: Objective B is due 2029-Q1, after the objective it refines, A, is due (2028-12)"),
				findings(STRAT_OBJECTIVE_DUE_AFTER_PARENT, "objective A { due 2028-12 }\nobjective B { refines A due 2029-Q1 }\n"));
	}

	@Test
	void objectiveDueWithItsParent() {
		assertEquals(List.of(), findings(STRAT_OBJECTIVE_DUE_AFTER_PARENT, "objective A { due 2028-12 }\nobjective B { refines A due 2028-Q4 }\n"));
	}
}
