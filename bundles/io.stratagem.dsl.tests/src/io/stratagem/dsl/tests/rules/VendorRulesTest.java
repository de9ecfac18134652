package io.stratagem.dsl.tests.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Rules of area VENDOR. */
class VendorRulesTest extends RuleTest {

	@Test
	void contractEndsBeforeTheHorizonOfADependentUseCase() {
		assertEquals(List.of("m.strategy:2 WARNING STRAT-VENDOR-001 Partner P: The contract with P ends 2028-06, inside the horizon (to 2029-Q4) of use case U that depends on it (no deployment date)"),
				findings(VENDOR_CONTRACT_ENDS_IN_HORIZON, "strategy S { horizon 2027-Q1 to 2029-Q4 }\npartner P { contract until 2028-06 }\ncapability C { provider P }\nusecase U { requires capabilities C }\n"));
	}

	@Test
	void contractCoversTheHorizonOrNoUseCaseDependsOnIt() {
		assertEquals(List.of(), findings(VENDOR_CONTRACT_ENDS_IN_HORIZON, "strategy S { horizon 2027-Q1 to 2029-Q4 }\npartner P { contract until 2029-12 }\npartner Q { contract until 2027-12 }\nusecase U { partners P }\n"));
	}

	@Test
	void contractEndsBeforeTheDependentUseCaseIsDeployed() {
		assertEquals(List.of("m.strategy:2 ERROR STRAT-VENDOR-004 Partner P: The contract with P ends 2028-06, before use case U that depends on it is deployed (2028-09)"),
				findings(VENDOR_CONTRACT_ENDS_BEFORE_DEPLOYMENT, "strategy S { horizon 2027-Q1 to 2029-Q4 }\npartner P { contract until 2028-06 }\ncapability C { provider P }\nusecase U { requires capabilities C deployment 2028-09 }\n"));
	}

	@Test
	void aContractThatEndsBeforeTheDeploymentIsNotAlsoAHorizonWarning() {
		assertEquals(List.of(), findings(VENDOR_CONTRACT_ENDS_IN_HORIZON, "strategy S { horizon 2027-Q1 to 2029-Q4 }\npartner P { contract until 2028-06 }\nusecase U { partners P deployment 2028-09 }\n"));
	}

	@Test
	void contractEndsAfterTheDeploymentOfItsDependentUseCase() {
		assertEquals(List.of(), findings(VENDOR_CONTRACT_ENDS_BEFORE_DEPLOYMENT, "partner P { contract until 2028-06 }\nusecase U { partners P deployment 2028-06 }\nusecase V { partners P }\n"));
	}

	@Test
	void criticalPartnerWithoutExitPlan() {
		assertEquals(List.of("m.strategy:1 WARNING STRAT-VENDOR-002 Partner P: Critical partner P has no exit plan"),
				findings(VENDOR_CRITICAL_WITHOUT_EXIT_PLAN, "partner P { critical }\npartner Q\n"));
	}

	@Test
	void criticalPartnerWithExitPlan() {
		assertEquals(List.of(), findings(VENDOR_CRITICAL_WITHOUT_EXIT_PLAN, "partner P { critical exit plan \"switch to Q\" }\n"));
	}

	@Test
	void criticalPartnerWithoutCompletedDueDiligence() {
		assertEquals(List.of("m.strategy:1 WARNING STRAT-VENDOR-003 Partner P: Critical partner P has due diligence inProgress",
				"m.strategy:2 WARNING STRAT-VENDOR-003 Partner Q: Critical partner Q has due diligence not recorded"),
				findings(VENDOR_CRITICAL_WITHOUT_DUE_DILIGENCE, "partner P { critical dueDiligence inProgress }\npartner Q { critical }\n"));
	}

	@Test
	void criticalPartnerWithCompletedDueDiligence() {
		assertEquals(List.of(), findings(VENDOR_CRITICAL_WITHOUT_DUE_DILIGENCE, "partner P { critical dueDiligence completed }\npartner Q\n"));
	}
}
