package io.stratagem.dsl.tests;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.xtext.ide.server.Document;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import io.stratagem.dsl.ide.StrategyIdeSetup;
import io.stratagem.inventory.OmbInventoryImporter;
import io.stratagem.testing.ProjectFiles;

/**
 * The language server on the imported federal AI use case inventory (41 files, 3,611 use cases):
 * an edit that breaks a reference gets its linking error, and undoing it gives the diagnostics of
 * before back. The latency of this round trip is measured by the benchmark harness (releng/io.stratagem.bench, LanguageServerTrial), not here.
 */
class InventoryWorkspaceTest extends StrategyLanguageServerTest {

	private static final String OWNER = "owner Contact_jwalters";

	@Test
	void anEditToOneFileOfTheInventoryUpdatesItsDiagnostics() throws Exception {
		Path csv = ProjectFiles.datasets().resolve("us-federal-ai-inventory-2025/2025_individually_reported_AI_use_cases.csv");
		String text = Files.readString(csv, StandardCharsets.UTF_8);
		OmbInventoryImporter importer = new StrategyIdeSetup().createInjector().getInstance(OmbInventoryImporter.class);
		Map<String, String> files = importer.read(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text)).files();
		Assertions.assertEquals(41, files.size());
		Map<String, String> uris = workspace(files);
		String uri = uris.get("osc.strategy");
		String osc = files.get("osc.strategy");
		List<String> before = render(getDiagnostics().get(uri));
		Assertions.assertEquals(41, getDiagnostics().size(), "every file was validated");

		open(uri, osc);
		Document document = new Document(1, osc);
		int offset = osc.indexOf(OWNER) + "owner ".length();
		Range name = new Range(document.getPosition(offset), document.getPosition(offset + "Contact_jwalters".length()));
		change(uri, 2, name, "Contact_nobody");
		List<String> after = render(getDiagnostics().get(uri));
		List<String> added = new ArrayList<>(after);
		before.forEach(added::remove);
		Assertions.assertEquals(List.of(name.getStart().getLine() + ":" + name.getStart().getCharacter() + " Error Couldn't resolve reference to Role 'Contact_nobody'."),
				added);

		change(uri, 3, new Range(name.getStart(), at(name.getStart().getLine(), name.getStart().getCharacter() + "Contact_nobody".length())), "Contact_jwalters");
		Assertions.assertEquals(before, render(getDiagnostics().get(uri)));
	}

	private void change(String uri, int version, Range range, String text) throws Exception {
		languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(range, text))));
		// a read request runs after the build the change started, so its diagnostics are published
		languageServer.documentSymbol(new DocumentSymbolParams(document(uri))).get();
	}

	private static List<String> render(List<Diagnostic> diagnostics) {
		List<String> result = new ArrayList<>();
		for (Diagnostic diagnostic : diagnostics) {
			if (diagnostic.getSeverity() == DiagnosticSeverity.Error) {
				result.add(diagnostic.getRange().getStart().getLine() + ":" + diagnostic.getRange().getStart().getCharacter() + " " + diagnostic.getSeverity() + " "
						+ diagnostic.getMessage().getLeft());
			}
		}
		return result;
	}
}
