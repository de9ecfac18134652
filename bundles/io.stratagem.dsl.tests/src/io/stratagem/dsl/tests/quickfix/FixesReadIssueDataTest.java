package io.stratagem.dsl.tests.quickfix;

import static io.stratagem.dsl.validation.RuleCodes.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import io.stratagem.dsl.ide.quickfix.RuleFixes;
import io.stratagem.dsl.tests.StrategyInjectorProvider;
import io.stratagem.dsl.tests.Workspace;

/**
 * A quick fix reads the values it needs from the data the rule attaches for it, not from the
 * message nor from the wording of a message argument: the same finding with another message and
 * the argument that lists what is missing (or the horizon) reworded gets the same fixes.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class FixesReadIssueDataTest {

	@Inject
	private Workspace workspace;

	@Inject
	private RuleFixes ruleFixes;

	/** The fixes of the finding as reported, and of the same finding with another message and message argument {@code reworded} reworded. */
	private void assertSameFixesWhenReworded(String code, String text, int reworded) {
		workspace.empty().add("m.strategy", text).link();
		XtextResource resource = workspace.resource("m.strategy");
		Issue issue = workspace.issues("m.strategy").stream().filter(i -> code.equals(i.getCode())).findFirst().orElseThrow();
		List<String> reported = labelsAndResults(resource, issue, text);
		assertEquals(1, reported.size(), reported.toString());

		Issue.IssueImpl other = new Issue.IssueImpl();
		other.setCode(issue.getCode());
		other.setSeverity(issue.getSeverity());
		other.setType(issue.getType());
		other.setUriToProblem(issue.getUriToProblem());
		other.setOffset(issue.getOffset());
		other.setLength(issue.getLength());
		other.setLineNumber(issue.getLineNumber());
		other.setColumn(issue.getColumn());
		other.setMessage("Reworded in another profile");
		List<String> data = new ArrayList<>(List.of(issue.getData()));
		data.set(reworded, "(reworded in another language)");
		other.setData(data.toArray(new String[0]));
		assertEquals(reported, labelsAndResults(resource, other, text));
	}

	private List<String> labelsAndResults(XtextResource resource, Issue issue, String text) {
		return ruleFixes.fixes(resource, issue).stream().map(fix -> fix.label() + "\n" + fix.applyTo(text)).toList();
	}

	@Test
	void theEuAiActFixReadsTheRequirementCodesNotTheArticlesOfTheMessage() {
		assertSameFixesWhenReworded(EUAI_HIGH_RISK_PROVIDER,
				"usecase U {\n\teuAiAct tier high as provider\n}\n\ncontrol C {\n\tsatisfies stratagem.euaiact.Art9\n\tapplies to U\n}\n", 1);
		assertSameFixesWhenReworded(EUAI_LIMITED_TRANSPARENCY, "usecase L {\n\teuAiAct tier limited\n}\n", 1);
	}

	@Test
	void theOmbFixReadsThePracticeCodesNotThePracticesOfTheMessage() {
		assertSameFixesWhenReworded(OMB_MINIMUM_PRACTICES, "usecase U {\n\tstage deployed\n\thighImpact yes\n}\n", 1);
	}

	@Test
	void theHorizonFixReadsTheHorizonStartAndEndNotTheHorizonOfTheMessage() {
		assertSameFixesWhenReworded(STRUCT_OUTSIDE_HORIZON, "strategy S {\n\thorizon 2027-Q1 to 2029-Q4\n}\n\nusecase U {\n\tdeployment 2030-01\n}\n", 3);
	}
}
