/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.editor;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;

/** Hover from the language's hover service: documentation, rule explanations of findings, engine figures. */
final class ModelHover implements ITextHover {

	private final StrategyEditor editor;

	ModelHover(StrategyEditor editor) {
		this.editor = editor;
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		String text = viewer.getDocument().get();
		return editor.model(text).hover(text, region.getOffset()).map(ModelHover::plain).orElse(null);
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}

	/** The hover service writes Markdown; the plain-text hover shows it without its marks. */
	static String plain(String markdown) {
		return markdown.replace("**", "").replace("`", "").replaceAll("(?m)^#+\\s*", "").replaceAll("(?m)^---+$", "");
	}
}
