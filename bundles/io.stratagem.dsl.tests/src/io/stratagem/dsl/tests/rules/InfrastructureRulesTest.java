package io.stratagem.dsl.tests.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Rules of area INFRA. */
class InfrastructureRulesTest extends RuleTest {

	@Test
	void deployedBeforeCapabilityIsAvailable() {
		assertEquals(List.of("m.strategy:2 ERROR STRAT-INFRA-001 UseCase U: Use case U is deployed 2027-06, before capability C is available (2027-Q3)"),
				findings(INFRA_CAPABILITY_NOT_YET_AVAILABLE, "capability C { available from 2027-Q3 }\nusecase U { requires capabilities C deployment 2027-06 }\n"));
	}

	@Test
	void deployedWhenCapabilityIsAvailable() {
		assertEquals(List.of(), findings(INFRA_CAPABILITY_NOT_YET_AVAILABLE,
				"capability C { available from 2027-Q3 }\nusecase U { requires capabilities C deployment 2027-07 }\n"));
	}

	@Test
	void capabilityRetiredInsideTheHorizon() {
		assertEquals(List.of("m.strategy:3 WARNING STRAT-INFRA-002 UseCase C: Capability C is available only until 2028-12, but use case U needs it to the horizon end 2029-Q4"),
				findings(INFRA_CAPABILITY_ENDS_IN_HORIZON, "strategy S { horizon 2027-Q1 to 2029-Q4 }\ncapability C { available from 2027-01 available until 2028-12 }\nusecase U { requires capabilities C }\n"));
	}

	@Test
	void capabilityAvailableToTheHorizonEnd() {
		assertEquals(List.of(), findings(INFRA_CAPABILITY_ENDS_IN_HORIZON,
				"strategy S { horizon 2027-Q1 to 2029-Q4 }\ncapability C { available until 2029-12 }\nusecase U { requires capabilities C }\nusecase R { stage retired requires capabilities C }\n"));
	}

	@Test
	void capabilityWithoutAvailabilityDate() {
		assertEquals(List.of("m.strategy:2 INFO STRAT-INFRA-003 UseCase C: Capability C is needed by use case U but has no availability date"),
				findings(INFRA_CAPABILITY_WITHOUT_DATE, "capability C\nusecase U { requires capabilities C }\n"));
	}

	@Test
	void capabilityWithAvailabilityDate() {
		assertEquals(List.of(), findings(INFRA_CAPABILITY_WITHOUT_DATE, "capability C { available from 2027-01 }\nusecase U { requires capabilities C }\n"));
	}
}
