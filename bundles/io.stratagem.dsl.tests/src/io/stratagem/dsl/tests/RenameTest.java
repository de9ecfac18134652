package io.stratagem.dsl.tests;

import org.junit.jupiter.api.Assertions;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.junit.jupiter.api.Test;

/** Rename changes the declaration and every reference, across files. */
class RenameTest extends StrategyLanguageServerTest {

	@Test
	void renamesARoleEverywhere() throws Exception {
		Map<String, String> uris = workspace(claimsWorkspace());
		WorkspaceEdit edit = languageServer.rename(new RenameParams(document(uris.get("org.strategy")), at(3, 8), "ClaimsDirector")).get();
		Map<String, List<TextEdit>> changes = edit.getChanges();
		Assertions.assertEquals(List.of("ClaimsDirector"), changes.get(uris.get("org.strategy")).stream().map(TextEdit::getNewText).toList());
		Assertions.assertEquals(at(3, 5), changes.get(uris.get("org.strategy")).get(0).getRange().getStart());
		List<TextEdit> claims = changes.get(uris.get("claims.strategy")).stream()
				.sorted(Comparator.comparingInt(e -> e.getRange().getStart().getLine())).toList();
		Assertions.assertEquals(2, claims.size());
		Assertions.assertEquals(at(5, 7), claims.get(0).getRange().getStart());
		Assertions.assertEquals(at(10, 21), claims.get(1).getRange().getStart());
		claims.forEach(e -> Assertions.assertEquals("ClaimsDirector", e.getNewText()));
	}
}
