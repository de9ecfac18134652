package io.stratagem.dsl.tests.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.inject.Inject;

/** A finding is suppressed in the model by an item {@code suppress CODE "justification"}. */
class SuppressionTest extends RuleTest {

	@Inject
	private io.stratagem.dsl.formatting2.DocumentFormatter formatter;

	@Test
	void justifiedSuppressionHidesOnlyThatRuleOnThatElement() {
		String text = """
				usecase U { stage pilot suppress STRAT-UC-001 "KPIs are agreed in the pilot's first month" }
				usecase V { stage pilot }
				""";
		assertEquals(List.of("m.strategy:2 WARNING STRAT-UC-001 UseCase V: Use case V is pilot but has no KPI"), findings(UC_WITHOUT_KPI, text));
		assertEquals(2, findings(UC_WITHOUT_OWNER, text).size());
	}

	@Test
	void suppressionOnAContainerCoversNestedElements() {
		assertEquals(List.of(), findings(ROADMAP_INITIATIVE_UNSCHEDULED, """
				roadmap R {
					suppress STRAT-ROADMAP-002 "dates follow the 2028 budget"
					initiative I
				}
				"""));
	}

	@Test
	void suppressionWithoutJustificationSuppressesNothing() {
		String text = "usecase U { stage pilot suppress STRAT-UC-001 \"\" }\n";
		assertEquals(1, findings(UC_WITHOUT_KPI, text).size());
		assertEquals(1, findings(STRUCT_SUPPRESSION_UNJUSTIFIED, text).size());
	}

	@Test
	void suppressionParsesFormatsAndKeepsTheCode() {
		workspace.empty().add("m.strategy", "usecase U {\n\tsuppress STRAT-UC-001 \"later\"\n\tsuppress STRAT-STRUCT-005 \"x\"\n}\n").link();
		assertEquals(List.of(), workspace.allIssues());
		io.stratagem.model.UseCase u = (io.stratagem.model.UseCase) workspace.model("m.strategy").getElements().get(0);
		assertEquals("STRAT-UC-001", u.getSuppressions().get(0).getCode());
		assertEquals("later", u.getSuppressions().get(0).getJustification());
		assertEquals("STRAT-STRUCT-005", u.getSuppressions().get(1).getCode());
		assertEquals("usecase U {\n\tsuppress STRAT-UC-001 \"later\"\n\tsuppress STRAT-STRUCT-005 \"x\"\n}\n",
				formatter.format(workspace.resource("m.strategy")));
		workspace.empty().add("n.strategy", "usecase U{suppress   STRAT-UC-001 \"later\" stage pilot}\n");
		assertEquals("usecase U {\n\tsuppress STRAT-UC-001 \"later\"\n\tstage pilot\n}\n", formatter.format(workspace.resource("n.strategy")));
	}

	@Test
	void justificationIsMandatoryInTheSyntax() {
		workspace.empty().add("m.strategy", "usecase U { suppress STRAT-UC-001 }\n").link();
		assertEquals(1, workspace.allIssues().size(), workspace.allIssues().toString());
	}
}
