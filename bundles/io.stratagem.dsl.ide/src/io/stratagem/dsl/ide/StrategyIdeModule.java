/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.antlr.IContentAssistParser;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;

import io.stratagem.dsl.ide.contentassist.StrategyContentAssistParser;
import io.stratagem.dsl.ide.quickfix.StrategyCodeActions;

/**
 * Editor-neutral IDE services of the language (content assist, outline, formatting, hover, quick fixes) used
 * by the language server and any editor integration; no UI dependency.
 */
public class StrategyIdeModule extends AbstractStrategyIdeModule {

	@Override
	public Class<? extends IContentAssistParser> bindIContentAssistParser() {
		return StrategyContentAssistParser.class;
	}

	/** Quick fixes of rule findings as code actions. */
	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return StrategyCodeActions.class;
	}
}
