package io.stratagem.dsl.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The language server publishes the same codes as {@code stratagem validate}: STRAT-LINK-001 for a
 * reference to nothing and STRAT-PARSE-001 for text the grammar does not accept, never Xtext's
 * internal codes.
 */
class LanguageServerCodesTest extends StrategyLanguageServerTest {

	@Test
	void anUnresolvedReferenceIsPublishedWithTheLinkCode() {
		List<String> errors = errorsOf("""
				namespace acme.claims

				usecase Triage "Claims triage" {
					owner NoSuchRole
				}
				""");
		Assertions.assertEquals(List.of("3:7 STRAT-LINK-001 Couldn't resolve reference to Role 'NoSuchRole'."), errors);
	}

	@Test
	void aSyntaxErrorIsPublishedWithTheParseCode() {
		List<String> errors = errorsOf("""
				namespace acme.claims

				usecase Triage "Claims triage" {
					stage live
				}
				""");
		Assertions.assertEquals(List.of("STRAT-PARSE-001"), errors.stream().map(e -> e.split(" ")[1]).distinct().toList(), errors.toString());
	}

	/** The errors published for claims.strategy, the one file of a new workspace, with the given text. */
	private List<String> errorsOf(String text) {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("claims.strategy", text);
		String uri = workspace(files).get("claims.strategy");
		return errors(getDiagnostics().get(uri));
	}

	/** Line:character, code and message of each error. */
	private static List<String> errors(List<Diagnostic> diagnostics) {
		List<String> result = new ArrayList<>();
		for (Diagnostic diagnostic : diagnostics) {
			if (diagnostic.getSeverity() != DiagnosticSeverity.Error) {
				continue;
			}
			result.add(diagnostic.getRange().getStart().getLine() + ":" + diagnostic.getRange().getStart().getCharacter() + " " + diagnostic.getCode().getLeft() + " "
					+ diagnostic.getMessage().getLeft());
		}
		return result;
	}
}
