package io.stratagem.dsl.tests;

import org.junit.jupiter.api.Assertions;

import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

/** The outline of a file and workspace symbol search. */
class SymbolsTest extends StrategyLanguageServerTest {

	@Test
	void outlineListsTheElementsOfAFile() throws Exception {
		Map<String, String> uris = workspace(claimsWorkspace());
		List<Either<org.eclipse.lsp4j.SymbolInformation, DocumentSymbol>> symbols = languageServer
				.documentSymbol(new DocumentSymbolParams(document(uris.get("claims.strategy")))).get();
		List<String> names = symbols.stream().map(s -> s.isRight() ? s.getRight().getName() : s.getLeft().getName()).toList();
		Assertions.assertEquals(List.of("acme.claims.Triage", "acme.claims.CycleTime"), names.stream().filter(n -> n.contains(".T") || n.contains(".C")).toList());
	}

	@Test
	void workspaceSymbolsFindElementsOfEveryFile() throws Exception {
		workspace(claimsWorkspace());
		Either<List<? extends org.eclipse.lsp4j.SymbolInformation>, List<? extends WorkspaceSymbol>> found = languageServer
				.symbol(new WorkspaceSymbolParams("HeadOf")).get();
		List<String> names = found.isLeft() ? found.getLeft().stream().map(s -> s.getName()).toList() : found.getRight().stream().map(s -> s.getName()).toList();
		Assertions.assertEquals(List.of("acme.org.HeadOfClaims"), names);
	}
}
