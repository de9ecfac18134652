package io.stratagem.dsl.tests;

import org.junit.jupiter.api.Assertions;

import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;

/** Document formatting through the language server gives the formatter's layout, and no edit for a formatted document. */
class DocumentFormattingTest extends StrategyLanguageServerTest {

	@Test
	void formatsADocument() throws Exception {
		Map<String, String> uris = workspace(Map.of("x.strategy", "namespace acme\nrole Cio   \"CIO\"\n"));
		List<? extends TextEdit> edits = languageServer.formatting(new DocumentFormattingParams(document(uris.get("x.strategy")), new FormattingOptions(4, false))).get();
		String formatted = apply("namespace acme\nrole Cio   \"CIO\"\n", edits);
		Assertions.assertEquals("namespace acme\n\nrole Cio \"CIO\"\n", formatted);
	}

	@Test
	void aFormattedDocumentGetsNoEdits() throws Exception {
		String text = "namespace acme\nrole Cio   \"CIO\"\nusecase Triage \"Claims triage\" {\n\tstage pilot\n\towner Cio\n\tserves Grow\n}\nobjective Grow\n";
		Map<String, String> uris = workspace(Map.of("x.strategy", text));
		String uri = uris.get("x.strategy");
		String formatted = apply(text, languageServer.formatting(new DocumentFormattingParams(document(uri), new FormattingOptions(4, false))).get());
		open(uri, formatted);
		Assertions.assertEquals(List.of(), languageServer.formatting(new DocumentFormattingParams(document(uri), new FormattingOptions(4, false))).get());
	}

	private static String apply(String text, List<? extends TextEdit> edits) {
		String[] lines = text.split("\n", -1);
		StringBuilder result = new StringBuilder(text);
		edits.stream().sorted((a, b) -> Integer.compare(offset(lines, b), offset(lines, a)))
				.forEach(e -> result.replace(offset(lines, e.getRange().getStart()), offset(lines, e.getRange().getEnd()), e.getNewText()));
		return result.toString();
	}

	private static int offset(String[] lines, TextEdit edit) {
		return offset(lines, edit.getRange().getStart());
	}

	private static int offset(String[] lines, org.eclipse.lsp4j.Position position) {
		int offset = 0;
		for (int i = 0; i < position.getLine(); i++) {
			offset += lines[i].length() + 1;
		}
		return offset + position.getCharacter();
	}
}
