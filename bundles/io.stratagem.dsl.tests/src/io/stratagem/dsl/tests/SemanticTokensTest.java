package io.stratagem.dsl.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Semantic tokens: declarations, references (to the workspace and to a built-in framework
 * library), enumeration values, namespaces and suppressed rule codes, across two files.
 */
class SemanticTokensTest extends StrategyLanguageServerTest {

	private static Map<String, String> files() {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("org.strategy", """
				namespace acme.org

				role HeadOfClaims "Head of claims"
				""");
		files.put("claims.strategy", """
				namespace acme.claims

				import acme.org.*

				usecase Triage "Claims triage" {
					owner HeadOfClaims
					stage pilot
					suppress STRAT-UC-002 "Ranked by the board"
				}

				control Oversight "Human oversight" {
					owner Missing
					satisfies stratagem.euaiact.Art4
				}
				""");
		return files;
	}

	@Test
	void theServerAnnouncesItsLegend() {
		workspace(files());
		InitializeResult initialized = initializeResult;
		SemanticTokensLegend legend = initialized.getCapabilities().getSemanticTokensProvider().getLegend();
		Assertions.assertEquals(List.of("type", "enumMember", "namespace", "decorator"), legend.getTokenTypes());
		Assertions.assertEquals(List.of("declaration", "defaultLibrary"), legend.getTokenModifiers());
		Assertions.assertTrue(initialized.getCapabilities().getSemanticTokensProvider().getFull().getRight().getDelta());
	}

	@Test
	void namesReferencesEnumValuesNamespacesAndRuleCodesAreTokens() throws Exception {
		SemanticTokens tokens = tokensOf("claims.strategy", files());
		// an unresolved reference (Missing) has no token: its linking error says what is wrong
		Assertions.assertEquals(List.of(
				"0:10 11 namespace",
				"2:7 10 namespace",
				"4:8 6 type declaration",
				"5:7 12 type",
				"6:7 5 enumMember",
				"7:10 12 decorator",
				"10:8 9 type declaration",
				"12:11 22 type defaultLibrary"), decode(tokens.getData()));
		Assertions.assertEquals(List.of(0, 10, 11, 2, 0, 2, 7, 10, 2, 0, 2, 8, 6, 0, 1), tokens.getData().subList(0, 15),
				"encoded relative to the previous token");
	}

	@Test
	void aFileWithoutNamesHasNoTokens() throws Exception {
		Assertions.assertEquals(List.of(), tokensOf("empty.strategy", Map.of("empty.strategy", "// nothing yet\n")).getData());
	}

	/** Positions as the language server's documents count them: lines end at \n, a \r is a column. */
	@Test
	void windowsLineEndingsAndSeveralTokensOnALineKeepTheirPositions() throws Exception {
		SemanticTokens tokens = tokensOf("crlf.strategy", Map.of("crlf.strategy",
				"namespace acme.crlf\r\n\r\nrole A \"a\"\r\nusecase B \"b\" { owner A stage pilot }\r\n"));
		Assertions.assertEquals(List.of(
				"0:10 9 namespace",
				"2:5 1 type declaration",
				"3:8 1 type declaration",
				"3:22 1 type",
				"3:30 5 enumMember"), decode(tokens.getData()));
	}

	/**
	 * The tokens are found in one walk per element over its own text: the names and references of
	 * contained elements (a team's skill proficiencies) belong to them, not to their container,
	 * and each written value of a list (references, enumeration values) is its own token.
	 */
	@Test
	void containedElementsAndListsKeepTheirOwnTokens() throws Exception {
		SemanticTokens tokens = tokensOf("people.strategy", Map.of("people.strategy", """
				namespace acme.people

				role Lead "Lead"
				skill Python "Python"
				skill Sql "SQL"
				team Data "Data team" {
					skill Python current 2 required 3
					lead Lead
					skill Sql current 1 required 2
				}
				literacy Basics "AI basics" {
					audience executives, allStaff
					owner Lead
				}
				"""));
		Assertions.assertEquals(List.of(
				"0:10 11 namespace",
				"2:5 4 type declaration",
				"3:6 6 type declaration",
				"4:6 3 type declaration",
				"5:5 4 type declaration",
				"6:7 6 type",
				"7:6 4 type",
				"8:7 3 type",
				"10:9 6 type declaration",
				"11:10 10 enumMember",
				"11:22 8 enumMember",
				"12:7 4 type"), decode(tokens.getData()));
	}

	/** The semantic tokens of {@code file}, in the workspace made of {@code files}. */
	private SemanticTokens tokensOf(String file, Map<String, String> files) throws Exception {
		Map<String, String> uris = workspace(files);
		return languageServer.semanticTokensFull(new SemanticTokensParams(document(uris.get(file)))).get();
	}

	/** Each token as {@code line:character length type modifiers...}, from the relative encoding. */
	static List<String> decode(List<Integer> data) {
		List<String> types = List.of("type", "enumMember", "namespace", "decorator");
		List<String> modifiers = List.of("declaration", "defaultLibrary");
		List<String> result = new ArrayList<>();
		int line = 0;
		int character = 0;
		for (int i = 0; i < data.size(); i += 5) {
			line += data.get(i);
			character = data.get(i) == 0 ? character + data.get(i + 1) : data.get(i + 1);
			StringBuilder token = new StringBuilder(line + ":" + character + " " + data.get(i + 2) + " " + types.get(data.get(i + 3)));
			for (int bit = 0; bit < modifiers.size(); bit++) {
				if ((data.get(i + 4) & (1 << bit)) != 0) {
					token.append(' ').append(modifiers.get(bit));
				}
			}
			result.add(token.toString());
		}
		return result;
	}
}
