package io.stratagem.dsl.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensDelta;
import org.eclipse.lsp4j.SemanticTokensDeltaParams;
import org.eclipse.lsp4j.SemanticTokensEdit;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensRangeParams;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Semantic tokens an editor asks for while typing: of the lines it shows ({@code semanticTokens/range})
 * and as edits of its previous answer ({@code semanticTokens/full/delta}); the last answer of a
 * file is reused until a build, which may change what its references resolve to.
 */
class IncrementalSemanticTokensTest extends StrategyLanguageServerTest {

	private static final String ORG = """
			namespace acme.org

			role HeadOfClaims "Head of claims"
			role Auditor "Auditor"
			""";

	private static final String CLAIMS = """
			namespace acme.claims

			import acme.org.*

			usecase Triage "Claims triage" {
				owner HeadOfClaims
				stage pilot
			}

			usecase Fraud "Fraud detection" {
				owner Auditor
				stage production
			}

			usecase Letters "Letter drafting" {
				owner HeadOfClaims
			}
			""";

	private Map<String, String> uris;

	private Map<String, String> files() {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("org.strategy", ORG);
		files.put("claims.strategy", CLAIMS);
		return files;
	}

	@Test
	void theServerAnnouncesRangeAndDeltaTokens() {
		workspace(files());
		SemanticTokensWithRegistrationOptions provider = initializeResult.getCapabilities().getSemanticTokensProvider();
		Assertions.assertTrue(provider.getFull().getRight().getDelta());
		Assertions.assertTrue(provider.getRange().getLeft());
	}

	@Test
	void aRangeHasTheTokensOfTheElementsItShowsAtTheirPlaceInTheFile() throws Exception {
		String claims = open();
		// lines 10 to 12: the second use case, its name cut by the range's start
		SemanticTokens tokens = languageServer.semanticTokensRange(new SemanticTokensRangeParams(document(claims), new Range(at(9, 10), at(12, 0)))).get();
		Assertions.assertEquals(List.of(
				"9:8 5 type declaration",
				"10:7 7 type",
				"11:7 10 enumMember"), SemanticTokensTest.decode(tokens.getData()));
		Assertions.assertEquals(List.of(9, 8, 5, 0, 1), tokens.getData().subList(0, 5), "the first token is relative to the start of the file");
	}

	@Test
	void aRangeOverTheWholeFileHasItsFullTokens() throws Exception {
		String claims = open();
		SemanticTokens range = languageServer.semanticTokensRange(new SemanticTokensRangeParams(document(claims), new Range(at(0, 0), at(100, 0)))).get();
		Assertions.assertEquals(full(claims).getData(), range.getData());
	}

	@Test
	void aRangeBetweenElementsHasNoTokens() throws Exception {
		String claims = open();
		Assertions.assertEquals(List.of(), languageServer.semanticTokensRange(new SemanticTokensRangeParams(document(claims), new Range(at(8, 0), at(9, 0)))).get().getData());
	}

	@Test
	void aDeltaReplacesOnlyTheTokensAnEditChanged() throws Exception {
		String claims = open();
		SemanticTokens before = full(claims);
		Assertions.assertEquals(List.of(
				"0:10 11 namespace",
				"2:7 10 namespace",
				"4:8 6 type declaration",
				"5:7 12 type",
				"6:7 5 enumMember",
				"9:8 5 type declaration",
				"10:7 7 type",
				"11:7 10 enumMember",
				"14:8 7 type declaration",
				"15:7 12 type"), SemanticTokensTest.decode(before.getData()));

		// the second use case renamed: one token of another length
		change(claims, 2, new Range(at(9, 8), at(9, 13)), "FraudScreening");
		Either<SemanticTokens, SemanticTokensDelta> answer = languageServer.semanticTokensFullDelta(new SemanticTokensDeltaParams(document(claims), before.getResultId())).get();
		SemanticTokensDelta delta = answer.getRight();
		Assertions.assertNotEquals(before.getResultId(), delta.getResultId());
		Assertions.assertEquals(List.of(new SemanticTokensEdit(27, 1, List.of(14))), delta.getEdits(), "the length of the renamed name's token");
		SemanticTokens after = full(claims);
		Assertions.assertEquals(delta.getResultId(), after.getResultId(), "no build since: the same answer");
		Assertions.assertEquals(after.getData(), apply(before.getData(), delta.getEdits()));
	}

	@Test
	void aDeltaFromAResultTheServerNoLongerKnowsIsTheFullTokens() throws Exception {
		String claims = open();
		SemanticTokens before = full(claims);
		change(claims, 2, new Range(at(11, 7), at(11, 17)), "pilot");
		Either<SemanticTokens, SemanticTokensDelta> answer = languageServer.semanticTokensFullDelta(new SemanticTokensDeltaParams(document(claims), "unknown")).get();
		Assertions.assertTrue(answer.isLeft());
		Assertions.assertNotEquals(before.getResultId(), answer.getLeft().getResultId());
		Assertions.assertEquals(List.of("11:7 5 enumMember"), SemanticTokensTest.decode(answer.getLeft().getData()).subList(7, 8));
	}

	@Test
	void aDeltaWithoutAChangeHasNoEdits() throws Exception {
		String claims = open();
		SemanticTokens before = full(claims);
		SemanticTokensDelta delta = languageServer.semanticTokensFullDelta(new SemanticTokensDeltaParams(document(claims), before.getResultId())).get().getRight();
		Assertions.assertEquals(List.of(), delta.getEdits());
		Assertions.assertEquals(before.getResultId(), delta.getResultId());
	}

	/**
	 * The file's text is unchanged, but a role it refers to is removed from the other file: the
	 * build links it again, and the reference, now unresolved, loses its token.
	 */
	@Test
	void tokensAreComputedAgainAfterABuildThatChangesWhatAReferenceResolvesTo() throws Exception {
		String claims = open();
		SemanticTokens before = full(claims);
		Assertions.assertEquals("10:7 7 type", SemanticTokensTest.decode(before.getData()).get(6));
		Assertions.assertEquals(before.getResultId(), full(claims).getResultId(), "no build since: the same answer");

		String org = uris.get("org.strategy");
		open(org, ORG);
		change(org, 2, new Range(at(3, 0), at(4, 0)), "");
		SemanticTokens after = full(claims);
		Assertions.assertNotEquals(before.getResultId(), after.getResultId());
		List<String> tokens = SemanticTokensTest.decode(after.getData());
		Assertions.assertEquals(List.of(
				"0:10 11 namespace",
				"2:7 10 namespace",
				"4:8 6 type declaration",
				"5:7 12 type",
				"6:7 5 enumMember",
				"9:8 5 type declaration",
				"11:7 10 enumMember",
				"14:8 7 type declaration",
				"15:7 12 type"), tokens, "Auditor is no longer a token");
	}

	/** Starts the server on the two files and opens claims.strategy in the editor; returns its URI. */
	private String open() {
		uris = workspace(files());
		String claims = uris.get("claims.strategy");
		open(claims, CLAIMS);
		return claims;
	}

	private SemanticTokens full(String uri) throws Exception {
		return languageServer.semanticTokensFull(new SemanticTokensParams(document(uri))).get();
	}

	/** Sends a change; the next request runs after the build it starts. */
	private void change(String uri, int version, Range range, String text) {
		languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(range, text))));
	}

	/** The data after the edits, applied as a client applies them (each edit's start refers to the previous data). */
	private static List<Integer> apply(List<Integer> data, List<SemanticTokensEdit> edits) {
		List<Integer> result = new ArrayList<>(data);
		for (int i = edits.size() - 1; i >= 0; i--) {
			SemanticTokensEdit edit = edits.get(i);
			result.subList(edit.getStart(), edit.getStart() + edit.getDeleteCount()).clear();
			result.addAll(edit.getStart(), edit.getData());
		}
		return result;
	}
}
