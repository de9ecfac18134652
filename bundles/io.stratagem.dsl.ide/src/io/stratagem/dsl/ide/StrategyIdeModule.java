/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.antlr.IContentAssistParser;

import io.stratagem.dsl.ide.contentassist.StrategyContentAssistParser;

/**
 * Editor-neutral IDE services of the language (content assist, outline, formatting, hover) used
 * by the language server and any editor integration; no UI dependency.
 */
public class StrategyIdeModule extends AbstractStrategyIdeModule {

	@Override
	public Class<? extends IContentAssistParser> bindIContentAssistParser() {
		return StrategyContentAssistParser.class;
	}
}
