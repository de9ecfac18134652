/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.ide;

import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.IContentAssistParser;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codelens.ICodeLensService;
import org.eclipse.xtext.ide.server.folding.FoldingRangeService;
import org.eclipse.xtext.ide.server.hover.IHoverService;

import io.stratagem.dsl.ide.codelens.StrategyCodeLenses;
import io.stratagem.dsl.ide.contentassist.StrategyContentAssistParser;
import io.stratagem.dsl.ide.contentassist.StrategyContentProposals;
import io.stratagem.dsl.ide.folding.StrategyFoldingRanges;
import io.stratagem.dsl.ide.hover.StrategyHoverService;
import io.stratagem.dsl.ide.quickfix.StrategyCodeActions;
import io.stratagem.dsl.ide.server.NothingToGenerate;

/**
 * Editor-neutral IDE services of the language (content assist, outline, formatting, hover, quick fixes,
 * folding, code lenses; semantic tokens come from {@link io.stratagem.dsl.ide.highlighting.StrategySemanticTokens}) used
 * by the language server and any editor integration; no UI dependency.
 */
public class StrategyIdeModule extends AbstractStrategyIdeModule {

	@Override
	public Class<? extends IContentAssistParser> bindIContentAssistParser() {
		return StrategyContentAssistParser.class;
	}

	/** The keywords and references of the generic provider, and the framework names. */
	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return StrategyContentProposals.class;
	}

	/** Quick fixes of rule findings as code actions. */
	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return StrategyCodeActions.class;
	}

	/** Documentation, rule explanations on findings, and engine figures of use cases, KPIs and risks. */
	public Class<? extends IHoverService> bindIHoverService() {
		return StrategyHoverService.class;
	}

	/** Blocks, multi-line comments and imports. */
	public Class<? extends FoldingRangeService> bindFoldingRangeService() {
		return StrategyFoldingRanges.class;
	}

	/** KPI status, risk scores and use case rank above the elements. */
	public Class<? extends ICodeLensService> bindICodeLensService() {
		return StrategyCodeLenses.class;
	}

	/** No generator: the language server's builder validates each file once and generates nothing. */
	public Class<? extends IShouldGenerate> bindIShouldGenerate() {
		return NothingToGenerate.class;
	}
}
