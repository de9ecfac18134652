package io.stratagem.dsl.tests.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Rules do not judge an element whose block did not parse: what it seems to lack may be text the
 * parser skipped, and the syntax error already says what to fix. Other elements are judged as before.
 */
class BrokenBlockTest extends RuleTest {

	private static final String MODEL = """
			role Lead
			objective Grow { owner Lead }
			usecase Triage {
				ownr Lead
				serves Grow
			}
			usecase Other {
				serves Grow
			}
			""";

	@Test
	void aMistypedKeywordGivesNoOwnerWarningOnItsElement() {
		assertEquals(List.of("m.strategy:7 WARNING STRAT-UC-003 UseCase Other: Use case Other has no owner"), findings(UC_WITHOUT_OWNER, MODEL));
	}
}
