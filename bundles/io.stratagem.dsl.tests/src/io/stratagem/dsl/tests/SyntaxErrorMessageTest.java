package io.stratagem.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * A syntax error says, in the modeller's words, what the grammar accepts where the text went wrong
 * (the values after a keyword, the keywords of the open block) and what was found, with the closest
 * keyword or value when the word looks like a slip: one test per common mistake.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class SyntaxErrorMessageTest {

	@Inject
	private Workspace workspace;

	@Test
	void aWrongEnumerationValueListsTheValuesAllowed() {
		assertEquals("3:8 stage must be one of idea, preDeployment, pilot, deployed, retired; found 'live'", firstError("""
				namespace acme
				usecase Triage {
					stage live
				}
				"""));
	}

	@Test
	void aMisspelledEnumerationValueSuggestsTheClosestOne() {
		assertEquals("3:8 stage must be one of idea, preDeployment, pilot, deployed, retired; found 'pilto'; did you mean 'pilot'?", firstError("""
				namespace acme
				usecase Triage {
					stage pilto
				}
				"""));
	}

	@Test
	void aMisspelledKeywordInABlockListsTheBlocksKeywordsAndSuggestsTheClosestOne() {
		assertEquals("3:2 a skill block accepts area, description, property, suppress or '}'; found 'aera'; did you mean 'area'?", firstError("""
				namespace acme
				skill Python {
					aera technical
				}
				"""));
	}

	@Test
	void aMisspelledElementKeywordSuggestsTheClosestOne() {
		assertEquals("2:1 a model file contains capability, change, control, data, import, kpi, literacy, namespace, objective, partner, principle, requirement, review,"
				+ " risk, roadmap, role, skill, strategy, team, training, unit or usecase; found 'usecsae'; did you mean 'usecase'?", firstError("""
				namespace acme
				usecsae Triage {
					stage pilot
				}
				"""));
	}

	@Test
	void aMissingClosingBraceNamesTheLineOfTheOpeningOne() {
		assertEquals("3:13 the usecase block opened at line 2 must be closed with '}'; found the end of the file", firstError("""
				namespace acme
				usecase Triage {
					stage pilot
				"""));
	}

	@Test
	void aMissingReferenceAfterAKeywordSaysWhatKindOfNameIsExpected() {
		assertEquals("4:1 owner must be followed by the name of a role; found '}'", firstError("""
				namespace acme
				usecase Triage {
					owner
				}
				"""));
	}

	@Test
	void aMissingDateAfterAKeywordGivesAnExampleDate() {
		assertEquals("3:13 deployment must be followed by a date such as 2027-Q1, 2027-03 or 2027-03-15; found 'soon'", firstError("""
				namespace acme
				usecase Triage {
					deployment soon
				}
				"""));
	}

	@Test
	void aMissingSecondKeywordNamesIt() {
		assertEquals("3:11 measured must be followed by 'by'; found 'Adoption'", firstError("""
				namespace acme
				objective Grow {
					measured Adoption
				}
				"""));
	}

	/** line:column message of the first syntax error. */
	private String firstError(String text) {
		workspace.empty().add("x.strategy", text);
		Resource.Diagnostic error = workspace.firstSyntaxError("x.strategy");
		return error == null ? "no error" : error.getLine() + ":" + error.getColumn() + " " + error.getMessage();
	}
}
