/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.editor;

import java.util.Set;

import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.NumberRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WordRule;

/** Lexical colouring of code: the grammar's keywords and numbers; names are left to the semantic tokens. */
final class CodeScanner extends RuleBasedScanner {

	CodeScanner(Set<String> keywords) {
		WordRule words = new WordRule(new IWordDetector() {
			@Override
			public boolean isWordStart(char c) {
				return Character.isLetter(c) || c == '_';
			}

			@Override
			public boolean isWordPart(char c) {
				return Character.isLetterOrDigit(c) || c == '_';
			}
		}, Token.UNDEFINED);
		Token keyword = new Token(Styles.KEYWORD);
		keywords.forEach(k -> words.addWord(k, keyword));
		setRules(new IRule[] { words, new NumberRule(new Token(Styles.NUMBER)) });
		setDefaultReturnToken(new Token(Styles.DEFAULT));
	}
}
