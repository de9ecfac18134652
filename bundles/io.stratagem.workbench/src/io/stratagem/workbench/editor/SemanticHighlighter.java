/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.editor;

import java.util.List;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyleRange;

import io.stratagem.workbench.services.Highlight;

/**
 * Lays the semantic tokens over the lexical colours each time the viewer paints: the ranges come
 * from the last reconcile, so typing never waits for the parser.
 */
final class SemanticHighlighter implements ITextPresentationListener {

	private final ISourceViewer viewer;
	private volatile List<Highlight> highlights = List.of();

	SemanticHighlighter(ISourceViewer viewer) {
		this.viewer = viewer;
		if (viewer instanceof org.eclipse.jface.text.ITextViewerExtension4 extension) {
			extension.addTextPresentationListener(this);
		}
	}

	/** Called in the UI thread with the ranges of the reconciled text. */
	void show(List<Highlight> reconciled) {
		highlights = reconciled;
		if (viewer.getTextWidget() != null && !viewer.getTextWidget().isDisposed()) {
			viewer.invalidateTextPresentation();
		}
	}

	List<Highlight> highlights() {
		return highlights;
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		IRegion extent = presentation.getExtent();
		int documentLength = viewer.getDocument() == null ? 0 : viewer.getDocument().getLength();
		for (Highlight highlight : highlights) {
			int end = highlight.offset() + highlight.length();
			if (end > documentLength || highlight.offset() >= extent.getOffset() + extent.getLength() || end <= extent.getOffset()) {
				continue; // outside the repainted part, or the text changed since the reconcile
			}
			var attribute = Styles.of(highlight.kind());
			presentation.mergeStyleRange(new StyleRange(highlight.offset(), highlight.length(), attribute.getForeground(), null, attribute.getStyle()));
		}
	}
}
