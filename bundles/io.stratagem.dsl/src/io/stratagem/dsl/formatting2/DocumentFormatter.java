package io.stratagem.dsl.formatting2;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Formats a whole parsed file: only whitespace changes, every token and comment stays. A file
 * with syntax errors is refused, so that a half-understood file is never rewritten.
 */
public class DocumentFormatter {

	@Inject
	private Provider<IFormatter2> formatters;

	@Inject
	private Provider<FormatterRequest> requests;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccessBuilders;

	/**
	 * @return the formatted text of the resource
	 * @throws IllegalArgumentException when the resource has syntax errors
	 */
	public String format(XtextResource resource) {
		// Syntax errors only: a file whose references do not resolve (yet) is still formatted.
		if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
			throw new IllegalArgumentException(resource.getURI().lastSegment() + " has syntax errors and is not formatted"
					+ (resource.getParseResult() == null ? "" : ": " + resource.getParseResult().getSyntaxErrors().iterator().next().getSyntaxErrorMessage().getMessage()));
		}
		INode replaced = replacedItem(resource);
		if (replaced != null) {
			throw new IllegalArgumentException(resource.getURI().lastSegment() + ":" + replaced.getStartLine() + " gives an item that the element already has ("
					+ itemText(replaced) + "), and only the last one counts: remove one of them; the file is not formatted");
		}
		ITextRegionAccess regions = regionAccessBuilders.get().forNodeModel(resource).create();
		FormatterRequest request = requests.get();
		request.setTextRegionAccess(regions);
		List<ITextReplacement> replacements = formatters.get().format(request);
		return regions.getRewriter().renderToString(replacements);
	}

	/**
	 * The text of an item such as {@code residual likelihood 2 impact 2} given twice in one
	 * element: the parser keeps the last, so the first is text without a model element, which
	 * the formatter cannot place (found by fuzzing, see docs/reliability.md).
	 */
	/** The item's text on one line, with the keyword that introduces it ({@code residual}). */
	private static String itemText(INode node) {
		INode previous = node.getPreviousSibling();
		while (previous instanceof ILeafNode leaf && leaf.isHidden()) {
			previous = previous.getPreviousSibling();
		}
		String keyword = previous != null && previous.getGrammarElement() instanceof Keyword k && Character.isLetter(k.getValue().charAt(0)) ? k.getValue() + " " : "";
		return keyword + node.getText().trim().replaceAll("\\s+", " ");
	}

	private static INode replacedItem(XtextResource resource) {
		for (INode node : resource.getParseResult().getRootNode().getAsTreeIterable()) {
			if (node instanceof ICompositeNode composite && composite.hasDirectSemanticElement()) {
				EObject element = composite.getSemanticElement();
				if (element != null && element.eResource() != resource) {
					return node;
				}
			}
		}
		return null;
	}
}
