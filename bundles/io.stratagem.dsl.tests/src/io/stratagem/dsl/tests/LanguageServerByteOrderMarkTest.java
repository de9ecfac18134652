package io.stratagem.dsl.tests;

import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The language server reads a file that starts with a UTF-8 byte-order mark without errors, both
 * from disk and as the document an editor opens.
 */
class LanguageServerByteOrderMarkTest extends StrategyLanguageServerTest {

	@Test
	void aFileStartingWithAByteOrderMarkHasNoErrorsOnDiskOrOpened() {
		String uri = workspace(Map.of("bom.strategy", ByteOrderMarkTest.MODEL)).get("bom.strategy");
		Assertions.assertEquals(List.of(), errors(getDiagnostics().get(uri)), "read from disk");
		open(uri, ByteOrderMarkTest.MODEL);
		Assertions.assertEquals(List.of(), errors(getDiagnostics().get(uri)), "opened in an editor");
	}

	private static List<String> errors(List<Diagnostic> diagnostics) {
		return diagnostics.stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error).map(Diagnostic::getMessage).map(m -> m.getLeft()).toList();
	}
}
