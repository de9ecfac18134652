package io.stratagem.dsl.tests.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Rules of area DATA. */
class DataRulesTest extends RuleTest {

	@Test
	void dataWithoutOwner() {
		assertEquals(List.of("m.strategy:2 WARNING STRAT-DATA-001 DataAsset D: Data asset D has no owner"),
				findings(DATA_WITHOUT_OWNER, "role R\ndata D { steward R }\n"));
	}

	@Test
	void dataWithOwner() {
		assertEquals(List.of(), findings(DATA_WITHOUT_OWNER, "role R\ndata D { owner R }\n"));
	}

	@Test
	void dataWithoutSteward() {
		assertEquals(List.of("m.strategy:2 WARNING STRAT-DATA-002 DataAsset D: Data asset D has no steward"),
				findings(DATA_WITHOUT_STEWARD, "role R\ndata D { owner R }\n"));
	}

	@Test
	void dataWithSteward() {
		assertEquals(List.of(), findings(DATA_WITHOUT_STEWARD, "role R\ndata D { steward R }\n"));
	}

	@Test
	void personalDataWithoutLegalBasis() {
		assertEquals(List.of("m.strategy:1 ERROR STRAT-DATA-003 DataAsset D: Data asset D holds personal data but has no legal basis"),
				findings(DATA_PERSONAL_WITHOUT_LEGAL_BASIS, "data D { personalData yes }\ndata E { personalData no }\n"));
	}

	@Test
	void personalDataWithLegalBasis() {
		assertEquals(List.of(), findings(DATA_PERSONAL_WITHOUT_LEGAL_BASIS, "data D { personalData yes legalBasis contract }\n"));
	}

	@Test
	void personalDataWithoutPrivacyAssessment() {
		assertEquals(List.of("m.strategy:1 WARNING STRAT-DATA-004 DataAsset D: Data asset D holds personal data but has no privacy impact assessment"),
				findings(DATA_PERSONAL_WITHOUT_ASSESSMENT, "data D { personalData yes }\n"));
	}

	@Test
	void personalDataWithPrivacyAssessment() {
		assertEquals(List.of(), findings(DATA_PERSONAL_WITHOUT_ASSESSMENT, "data D { personalData yes privacyAssessment 2026-11 }\ndata E\n"));
	}

	@Test
	void poorDataUsedInProduction() {
		assertEquals(List.of("m.strategy:1 WARNING STRAT-DATA-005 DataAsset D: Data asset D has quality 70%, below the threshold 80% for use case U in deployed"),
				findings(DATA_QUALITY_BELOW_THRESHOLD, "data D { quality 70% }\nusecase U { stage deployed uses data D }\n"));
	}

	@Test
	void poorDataOnlyInIdeasOrGoodDataInProduction() {
		assertEquals(List.of(), findings(DATA_QUALITY_BELOW_THRESHOLD, """
				data D { quality 70% }
				data G { quality 80% }
				usecase U { stage idea uses data D }
				usecase V { stage deployed uses data G }
				"""));
	}

	@Test
	void dataWithoutRetention() {
		assertEquals(List.of("m.strategy:1 WARNING STRAT-DATA-006 DataAsset D: Data asset D has no retention period"),
				findings(DATA_WITHOUT_RETENTION, "data D\n"));
	}

	@Test
	void dataWithRetention() {
		assertEquals(List.of(), findings(DATA_WITHOUT_RETENTION, "data D { retention 7 years }\n"));
	}

	@Test
	void lineageCycle() {
		assertEquals(List.of("m.strategy:1 ERROR STRAT-DATA-007 DataAsset A: Data asset A is derived from itself through A -> B -> A"),
				findings(DATA_LINEAGE_CYCLE, "data A { derived from B }\ndata B { derived from A }\n"));
	}

	@Test
	void lineageWithoutCycle() {
		assertEquals(List.of(), findings(DATA_LINEAGE_CYCLE, "data A\ndata B { derived from A }\n"));
	}
}
