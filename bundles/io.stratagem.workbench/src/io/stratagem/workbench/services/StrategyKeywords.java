/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.services;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;

import com.google.inject.Injector;

/** The word keywords of the grammar, for lexical highlighting; read from the grammar so they never drift. */
public final class StrategyKeywords {

	private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

	private StrategyKeywords() {
	}

	public static Set<String> of(Injector injector) {
		Set<String> keywords = new TreeSet<>();
		for (String keyword : GrammarUtil.getAllKeywords(injector.getInstance(IGrammarAccess.class).getGrammar())) {
			if (WORD.matcher(keyword).matches()) {
				keywords.add(keyword);
			}
		}
		return keywords;
	}
}
