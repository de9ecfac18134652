package io.stratagem.dsl.tests;

import java.util.Map;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;

/** What the hover tests share: the language server's hover at a position of claims.strategy. */
abstract class AbstractHoverTest extends StrategyLanguageServerTest {

	/** The hover at a position of claims.strategy, in the workspace made of {@code files}. */
	protected Hover hoverInClaims(Map<String, String> files, int line, int character) throws Exception {
		Map<String, String> uris = workspace(files);
		return languageServer.hover(new HoverParams(document(uris.get("claims.strategy")), at(line, character))).get();
	}
}
