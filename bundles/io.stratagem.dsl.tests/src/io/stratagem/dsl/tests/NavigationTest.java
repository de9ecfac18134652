package io.stratagem.dsl.tests;

import org.junit.jupiter.api.Assertions;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.junit.jupiter.api.Test;

/** Go to definition and find references across the files of a workspace. */
class NavigationTest extends StrategyLanguageServerTest {

	@Test
	void definitionOfAReferenceIsItsDeclarationInAnotherFile() throws Exception {
		Map<String, String> uris = workspace(claimsWorkspace());
		List<? extends Location> locations = languageServer.definition(new DefinitionParams(document(uris.get("claims.strategy")), at(5, 10))).get().getLeft();
		Assertions.assertEquals(1, locations.size());
		Assertions.assertEquals(uris.get("org.strategy"), locations.get(0).getUri());
		Assertions.assertEquals(new Range(at(3, 5), at(3, 17)), locations.get(0).getRange());
	}

	@Test
	void referencesAreFoundInEveryFile() throws Exception {
		Map<String, String> uris = workspace(claimsWorkspace());
		ReferenceParams params = new ReferenceParams(document(uris.get("org.strategy")), at(3, 8), new ReferenceContext(false));
		List<? extends Location> references = languageServer.references(params).get().stream()
				.sorted(Comparator.comparingInt(l -> l.getRange().getStart().getLine())).toList();
		Assertions.assertEquals(2, references.size());
		Assertions.assertEquals(uris.get("claims.strategy"), references.get(0).getUri());
		Assertions.assertEquals(new Range(at(5, 7), at(5, 19)), references.get(0).getRange());
		Assertions.assertEquals(new Range(at(10, 21), at(10, 33)), references.get(1).getRange());
	}
}
