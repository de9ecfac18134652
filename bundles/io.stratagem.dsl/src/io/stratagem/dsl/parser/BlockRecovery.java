/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.parser;

import java.util.Map;
import java.util.Set;

import org.antlr.runtime.CommonToken;
import org.antlr.runtime.IntStream;
import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.NoViableAltException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Action;

import io.stratagem.dsl.parser.TopLevelWords.Point;
import io.stratagem.dsl.parser.antlr.internal.InternalStrategyParser;
import io.stratagem.dsl.services.StrategyGrammarAccess;
import io.stratagem.dsl.services.StrategyGrammarAccess.StrategyModelElements;

/**
 * The generated parser, resuming after a mistake at the next block, so that one mistake is one
 * syntax error and the blocks after it are still read (and what refers to them still resolves).
 * Generated alone, the parser ends the loop over a file's blocks at a word that cannot start one and
 * skips the rest of the file as one error; and after a wrong word inside a block it resumes at the
 * next word that could start a block, even one inside the broken block ({@code unit Claims} of a
 * use case), which becomes a block of its own and leaves the rest of the broken block as more errors.
 * <p>
 * At the top level, where a block, the namespace or an import may come next and the next word is
 * none of them, the word is reported once (the {@link StrategySyntaxErrorMessages text} names what a
 * file contains, with the closest keyword), then:
 * <ul>
 * <li>a name one slip from a keyword allowed there, followed by a name ({@code usecse Triage}), is
 * read as that keyword, so the block is kept;</li>
 * <li>anything else is skipped up to the next word allowed there outside braces, so a stray word and
 * a whole unknown block ({@code colour Blue { ... }}) are skipped.</li>
 * </ul>
 * Inside a block that cannot go on (a wrong word where its next line or its closing brace should
 * be), the rest of the block is skipped up to its own closing brace. Either skip also ends at a word
 * that starts a block at the start of a line, so a brace left open does not swallow the blocks after it.
 * <p>
 * The top-level hooks are the parser's own calls: after the file's model is created, and after the
 * namespace, each import and each block is read. A parse of a single block (partial parsing in an
 * editor) never reaches them.
 */
class BlockRecovery extends InternalStrategyParser {

	private final TopLevelWords words;

	private final StrategyModelElements file;

	BlockRecovery(TokenStream input, StrategyGrammarAccess grammar, TopLevelWords words) {
		super(input, grammar);
		this.words = words;
		this.file = grammar.getStrategyModelAccess();
	}

	@Override
	protected EObject forceCreateModelElement(Action action, EObject value) {
		EObject created = super.forceCreateModelElement(action, value);
		if (action == file.getStrategyModelAction_0()) {
			resume(Point.START);
		}
		return created;
	}

	@Override
	protected void afterParserOrEnumRuleCall() {
		EObject read = getCurrentNode().getGrammarElement();
		super.afterParserOrEnumRuleCall();
		if (read == file.getElementsElementParserRuleCall_3_0()) {
			resume(Point.BLOCKS);
		} else if (read == file.getNamespaceQualifiedNameParserRuleCall_1_1_0() || read == file.getImportsImportParserRuleCall_2_0()) {
			resume(Point.HEADER);
		}
	}

	/**
	 * A block whose closing brace is not where it must be: the rest of the block is skipped through
	 * that brace before the parser's own recovery, which would stop at the first word that may start
	 * a block, inside this one too.
	 */
	@Override
	public void recover(IntStream stream, RecognitionException exception) {
		if (exception.getClass() == MismatchedTokenException.class && ((MismatchedTokenException) exception).expecting == words.closeBrace()) {
			beginResync();
			skip(words.allowed(Point.BLOCKS), true);
			endResync();
		}
		super.recover(stream, exception);
	}

	/** When the next word cannot come at the point: reports it, then reads it as the keyword it misspells or skips it. */
	private void resume(Point point) {
		Set<Integer> allowed = words.allowed(point);
		int next = input.LA(1);
		if (next == Token.EOF || allowed.contains(next)) {
			return;
		}
		Token word = input.LT(1);
		// reported before anything is consumed, so the message is about this word, at its place
		reportError(new NoViableAltException("", 0, 0, input));
		Integer misspelt = next == RULE_ID && input.LA(2) == RULE_ID ? misspeltKeyword(word.getText(), words.keywords(point)) : null;
		if (misspelt != null) {
			((CommonToken) word).setType(misspelt);
			return;
		}
		beginResync();
		skip(allowed, false);
		endResync();
		appendSkippedTokens();
	}

	/**
	 * Consumes tokens up to a word in {@code allowed} outside braces, or at the start of a line at any
	 * depth, or the end of the file. With {@code inBlock}, the consumed text is the rest of an open
	 * block: a word in {@code allowed} outside braces is still part of it, and its closing brace ends
	 * the skip (consumed).
	 */
	private void skip(Set<Integer> allowed, boolean inBlock) {
		int depth = 0;
		while (input.LA(1) != Token.EOF) {
			int type = input.LA(1);
			if (allowed.contains(type) && (depth == 0 && !inBlock || input.LT(1).getCharPositionInLine() == 0)) {
				return;
			}
			input.consume();
			if (type == words.openBrace()) {
				depth++;
			} else if (type == words.closeBrace()) {
				if (depth == 0 && inBlock) {
					return;
				}
				depth = Math.max(0, depth - 1);
			}
		}
	}

	private static Integer misspeltKeyword(String written, Map<String, Integer> keywords) {
		String closest = Expectations.closest(written, keywords.keySet());
		return closest == null ? null : keywords.get(closest);
	}
}
