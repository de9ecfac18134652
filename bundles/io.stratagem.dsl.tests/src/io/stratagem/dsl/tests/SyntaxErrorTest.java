package io.stratagem.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import io.stratagem.model.UseCase;

/** Syntax errors name their line and column, and the rest of the file is still read. */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class SyntaxErrorTest {

	@Inject
	private Workspace workspace;

	@Test
	void unknownKeywordIsReportedAtItsPosition() {
		workspace.empty().add("x.strategy", """
				namespace acme
				usecase Triage {
					stage pilot
					colour blue
				}
				""");
		Resource.Diagnostic error = workspace.firstSyntaxError("x.strategy");
		assertNotNull(error);
		assertEquals(4, error.getLine());
		assertEquals(2, error.getColumn());
		assertTrue(error.getMessage().contains("colour"), error.getMessage());
	}

	@Test
	void missingClosingBraceIsReportedAtTheEnd() {
		workspace.empty().add("x.strategy", """
				namespace acme
				usecase Triage {
					stage pilot
				""");
		Resource.Diagnostic error = workspace.firstSyntaxError("x.strategy");
		assertNotNull(error);
		assertTrue(error.getMessage().contains("'}'"), error.getMessage());
	}

	@Test
	void wrongEnumerationValueNamesTheLine() {
		workspace.empty().add("x.strategy", """
				namespace acme
				usecase Triage {
					stage live
				}
				""");
		Resource.Diagnostic error = workspace.firstSyntaxError("x.strategy");
		assertEquals(3, error.getLine());
		assertEquals(8, error.getColumn());
	}

	@Test
	void parsingRecoversAndKeepsTheFollowingElements() {
		workspace.empty().add("x.strategy", """
				namespace acme
				usecase Broken {
					stage
				}
				usecase Fine "Still read" {
					stage pilot
				}
				""");
		assertEquals(1, workspace.resource("x.strategy").getErrors().size());
		List<UseCase> useCases = workspace.model("x.strategy").getElements().stream().map(UseCase.class::cast).toList();
		assertEquals("Fine", useCases.get(useCases.size() - 1).getName());
		assertEquals("Still read", useCases.get(useCases.size() - 1).getTitle());
	}

	@Test
	void semicolonsAndStrayTokensAreErrors() {
		workspace.empty().add("x.strategy", """
				namespace acme;
				""");
		Resource.Diagnostic error = workspace.firstSyntaxError("x.strategy");
		assertEquals(1, error.getLine());
		assertEquals(15, error.getColumn());
	}
}
