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
		Map<String, String> files = new LinkedHashMap<>();
		files.put("claims.strategy", """
				namespace acme.claims

				usecase Triage "Claims triage" {
					owner NoSuchRole
				}
				""");
		String uri = workspace(files).get("claims.strategy");

		Assertions.assertEquals(List.of("3:7 STRAT-LINK-001 Couldn't resolve reference to Role 'NoSuchRole'."), errors(getDiagnostics().get(uri)));
	}

	@Test
	void aSyntaxErrorIsPublishedWithTheParseCode() {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("claims.strategy", """
				namespace acme.claims

				usecase Triage "Claims triage" {
					stage live
				}
				""");
		String uri = workspace(files).get("claims.strategy");

		List<String> errors = errors(getDiagnostics().get(uri));
		Assertions.assertEquals(List.of("STRAT-PARSE-001"), errors.stream().map(e -> e.split(" ")[1]).distinct().toList(), errors.toString());
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
