package io.stratagem.dsl.tests;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Folding ranges: blocks (closing brace left visible), nested blocks, multi-line comments and imports. */
class FoldingRangeTest extends StrategyLanguageServerTest {

	private static Map<String, String> files() {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("org.strategy", """
				namespace acme.org

				role HeadOfClaims "Head of claims" { description "Runs claims" }
				role Analyst "Analyst"
				""");
		files.put("claims.strategy", """
				namespace acme.claims

				import acme.org.*
				import acme.org.HeadOfClaims

				/**
				 * Sorts incoming claims
				 * by urgency.
				 */
				usecase Triage "Claims triage" {
					owner HeadOfClaims
					priority {
						value 8
						effort 2
					}
					description "Uses { braces } in a string" }

				kpi CycleTime "Cycle time" {
					unit days
				}
				""");
		return files;
	}

	@Test
	void blocksCommentsAndImportsFold() throws Exception {
		Map<String, String> uris = workspace(files());
		List<FoldingRange> ranges = languageServer.foldingRange(new FoldingRangeRequestParams(document(uris.get("claims.strategy")))).get();
		Assertions.assertEquals(List.of(
				"2-3 imports",
				"5-8 comment",
				// the use case's closing brace follows other text, so its line folds too
				"9-15 region",
				"11-13 region",
				"17-18 region"), ranges.stream().map(FoldingRangeTest::render).toList());
	}

	@Test
	void aBlockOnOneLineDoesNotFold() throws Exception {
		Map<String, String> uris = workspace(files());
		Assertions.assertEquals(List.of(), languageServer.foldingRange(new FoldingRangeRequestParams(document(uris.get("org.strategy")))).get());
	}

	private static String render(FoldingRange range) {
		return range.getStartLine() + "-" + range.getEndLine() + " " + (range.getKind() == null ? "region" : range.getKind());
	}
}
