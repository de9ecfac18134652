/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.parser;

import org.eclipse.xtext.parser.antlr.XtextTokenStream;

import com.google.inject.Inject;

import io.stratagem.dsl.parser.antlr.StrategyParser;
import io.stratagem.dsl.parser.antlr.internal.InternalStrategyParser;

/** The parser of model files: the generated one, resuming after a wrong word at the top of a file ({@link BlockRecovery}). */
public class StrategyFileParser extends StrategyParser {

	@Inject
	private TopLevelWords words;

	@Override
	protected InternalStrategyParser createParser(XtextTokenStream stream) {
		return new BlockRecovery(stream, getGrammarAccess(), words);
	}
}
