package io.stratagem.dsl.tests.quickfix;

import org.junit.jupiter.api.Assertions;

import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;

import io.stratagem.dsl.tests.StrategyLanguageServerTest;

/**
 * A reference to a name that does not resolve (STRAT-LINK-001) is offered two code actions: import
 * the namespace of the file that declares an element of the right type with that name, and create
 * the element in this file.
 */
class UnresolvedReferenceCodeActionTest extends StrategyLanguageServerTest {

	@Test
	void anUnresolvedOwnerOffersToImportTheNamespaceThatDeclaresItAndToCreateIt() {
		testCodeAction(it -> {
			it.setFilesInScope(Map.of("people.strategy", "namespace acme.people\nrole Cio\nunit Cio\n"));
			it.setModel("namespace acme.claims\nusecase Triage {\n\towner Cio\n}\n");
			it.setAssertCodeActions(actions -> {
				List<String> fixes = actions.stream().filter(a -> a.isRight()).map(a -> a.getRight())
						.filter(a -> a.getTitle().startsWith("Import ") || a.getTitle().startsWith("Create role")).map(UnresolvedReferenceCodeActionTest::describe).toList();
				Assertions.assertEquals(List.of("Import acme.people.*: 0:21 [\nimport acme.people.*]", "Create role Cio: 4:0 [\nrole Cio\n]"), fixes);
			});
		});
	}

	private static String describe(CodeAction action) {
		List<TextEdit> edits = action.getEdit().getChanges().values().iterator().next();
		TextEdit edit = edits.get(0);
		return action.getTitle() + ": " + edit.getRange().getStart().getLine() + ":" + edit.getRange().getStart().getCharacter() + " [" + edit.getNewText() + "]"
				+ (edits.size() > 1 ? " and " + (edits.size() - 1) + " more" : "");
	}
}
