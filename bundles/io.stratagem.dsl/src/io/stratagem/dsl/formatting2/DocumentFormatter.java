package io.stratagem.dsl.formatting2;

import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
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
		ITextRegionAccess regions = regionAccessBuilders.get().forNodeModel(resource).create();
		FormatterRequest request = requests.get();
		request.setTextRegionAccess(regions);
		List<ITextReplacement> replacements = formatters.get().format(request);
		return regions.getRewriter().renderToString(replacements);
	}
}
