/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.editor;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

import io.stratagem.workbench.StrategyLanguage;
import io.stratagem.workbench.services.StrategyKeywords;

/** Wires the editor's colouring, reconciling, content assist and hover to the language services. */
final class StrategySourceViewerConfiguration extends TextSourceViewerConfiguration {

	private static final int RECONCILE_DELAY_MILLIS = 400;

	private final StrategyEditor editor;

	StrategySourceViewerConfiguration(StrategyEditor editor, IPreferenceStore preferences) {
		super(preferences);
		this.editor = editor;
	}

	@Override
	public String getConfiguredDocumentPartitioning(ISourceViewer sourceViewer) {
		return Partitions.PARTITIONING;
	}

	@Override
	public String[] getConfiguredContentTypes(ISourceViewer sourceViewer) {
		return Partitions.TYPES;
	}

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
		PresentationReconciler reconciler = new PresentationReconciler();
		reconciler.setDocumentPartitioning(Partitions.PARTITIONING);
		add(reconciler, new CodeScanner(StrategyKeywords.of(StrategyLanguage.injector())), org.eclipse.jface.text.IDocument.DEFAULT_CONTENT_TYPE);
		add(reconciler, whole(Styles.COMMENT), Partitions.COMMENT);
		add(reconciler, whole(Styles.STRING), Partitions.STRING);
		return reconciler;
	}

	private static void add(PresentationReconciler reconciler, RuleBasedScanner scanner, String contentType) {
		DefaultDamagerRepairer damagerRepairer = new DefaultDamagerRepairer(scanner);
		reconciler.setDamager(damagerRepairer, contentType);
		reconciler.setRepairer(damagerRepairer, contentType);
	}

	private static RuleBasedScanner whole(org.eclipse.jface.text.TextAttribute attribute) {
		RuleBasedScanner scanner = new RuleBasedScanner();
		scanner.setDefaultReturnToken(new Token(attribute));
		return scanner;
	}

	@Override
	public IReconciler getReconciler(ISourceViewer sourceViewer) {
		MonoReconciler reconciler = new MonoReconciler(new ModelReconciler(editor), false);
		reconciler.setDelay(RECONCILE_DELAY_MILLIS);
		return reconciler;
	}

	@Override
	public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
		ContentAssistant assistant = new ContentAssistant();
		assistant.setDocumentPartitioning(Partitions.PARTITIONING);
		assistant.setContentAssistProcessor(new ModelContentAssist(editor), org.eclipse.jface.text.IDocument.DEFAULT_CONTENT_TYPE);
		assistant.enableAutoActivation(true);
		assistant.setAutoActivationDelay(300);
		assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
		return assistant;
	}

	@Override
	public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
		return new ModelHover(editor);
	}
}
