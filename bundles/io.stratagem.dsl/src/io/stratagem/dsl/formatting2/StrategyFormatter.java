/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.formatting2;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.internal.MultilineCommentReplacer;
import org.eclipse.xtext.formatting2.internal.WhitespaceReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegionsFinder;
import org.eclipse.xtext.xbase.lib.Pair;

import com.google.inject.Inject;

import io.stratagem.model.Dependency;
import io.stratagem.model.Duration;
import io.stratagem.model.Import;
import io.stratagem.model.Measurement;
import io.stratagem.model.NamedElement;
import io.stratagem.model.Priority;
import io.stratagem.model.Property;
import io.stratagem.model.ReviewCondition;
import io.stratagem.model.RiskRating;
import io.stratagem.model.SkillProficiency;
import io.stratagem.model.StrategyModel;
import io.stratagem.model.Suppression;

/**
 * Lays a .strategy file out the way the examples read: the namespace, then imports one per line,
 * then one blank line between top-level elements; inside a block one item per line, indented
 * with a tab; single spaces elsewhere; commas tight on the left. A single blank line that a user
 * put between items to group them is kept.
 */
public class StrategyFormatter extends AbstractJavaFormatter {

	@Inject
	private BlockLayout layout;

	protected void format(StrategyModel model, IFormattableDocument doc) {
		formatTokens(model, doc);
		ISemanticRegion namespace = regionFor(model).keyword("namespace");
		if (namespace != null) {
			doc.prepend(namespace, it -> it.noSpace());
		}
		List<Import> imports = model.getImports();
		for (int i = 0; i < imports.size(); i++) {
			int lines = i > 0 ? 1 : namespace != null ? 2 : 0;
			doc.prepend(imports.get(i), it -> startOnLine(it, lines));
			doc.format(imports.get(i));
		}
		boolean headed = namespace != null || !imports.isEmpty();
		List<NamedElement> elements = model.getElements();
		for (int i = 0; i < elements.size(); i++) {
			int lines = i == 0 && !headed ? 0 : 2;
			doc.prepend(elements.get(i), it -> startOnLine(it, lines));
			doc.format(elements.get(i));
		}
		IHiddenRegion end = doc.getRequest().getTextRegionAccess().regionForEObject(model).getNextHiddenRegion();
		if (end != null && !elements.isEmpty()) {
			doc.set(end, it -> it.setNewLines(1));
		}
	}

	protected void format(Import anImport, IFormattableDocument doc) {
		formatTokens(anImport, doc);
	}

	protected void format(Priority priority, IFormattableDocument doc) {
		formatTokens(priority, doc);
	}

	protected void format(RiskRating rating, IFormattableDocument doc) {
		formatTokens(rating, doc);
	}

	protected void format(Duration duration, IFormattableDocument doc) {
		formatTokens(duration, doc);
	}

	protected void format(NamedElement element, IFormattableDocument doc) {
		formatBlock(element, doc);
	}

	protected void format(Property property, IFormattableDocument doc) {
		formatTokens(property, doc);
	}

	protected void format(Measurement measurement, IFormattableDocument doc) {
		formatTokens(measurement, doc);
	}

	protected void format(Dependency dependency, IFormattableDocument doc) {
		formatBlock(dependency, doc);
	}

	protected void format(SkillProficiency proficiency, IFormattableDocument doc) {
		formatTokens(proficiency, doc);
	}

	protected void format(ReviewCondition condition, IFormattableDocument doc) {
		formatTokens(condition, doc);
	}

	protected void format(Suppression suppression, IFormattableDocument doc) {
		formatTokens(suppression, doc);
	}

	/** A block whose items go on lines of their own, children formatted in turn. */
	private void formatBlock(EObject object, IFormattableDocument doc) {
		formatTokens(object, doc);
		ISemanticRegionsFinder regions = regionFor(object);
		for (Pair<ISemanticRegion, ISemanticRegion> braces : regions.keywordPairs("{", "}")) {
			doc.interior(braces.getKey(), braces.getValue(), it -> it.indent());
			doc.prepend(braces.getValue(), it -> it.newLine());
		}
		for (ISemanticRegion region : ownRegions(object, doc)) {
			if (region.getGrammarElement() instanceof Keyword keyword && layout.startsItem(keyword)) {
				doc.prepend(region, it -> it.setNewLines(1, 1, 2));
			}
		}
		for (EObject child : object.eContents()) {
			if (!(child instanceof RiskRating || child instanceof Duration)) {
				doc.prepend(child, it -> it.setNewLines(1, 1, 2));
			}
			doc.format(child);
		}
	}

	@Override
	public ITextReplacer createCommentReplacer(IComment comment) {
		if (comment.getGrammarElement() instanceof AbstractRule rule && rule.getName().startsWith("ML")) {
			return new BlockCommentReplacer(comment);
		}
		return super.createCommentReplacer(comment);
	}

	/**
	 * A block comment on one line keeps its place: on a line of its own it stays on a line of its
	 * own, after a token it stays on that token's line. Xtext's replacer leaves the line break
	 * after such a comment to the surrounding rule, which moved it on every run, so formatting a
	 * formatted file changed it again (found by fuzzing, see docs/reliability.md).
	 */
	private static final class BlockCommentReplacer extends MultilineCommentReplacer {

		BlockCommentReplacer(IComment comment) {
			super(comment, '*');
		}

		@Override
		public void configureWhitespace(WhitespaceReplacer leading, WhitespaceReplacer trailing) {
			if (getComment().isMultiline()) {
				super.configureWhitespace(leading, trailing);
			} else if (leading.getRegion().isMultiline()) {
				enforceNewLine(leading);
				enforceNewLine(trailing);
			} else {
				enforceSingleSpace(leading);
				if (trailing.getRegion().isMultiline()) {
					enforceNewLine(trailing);
				} else {
					enforceSingleSpace(trailing);
				}
			}
		}
	}

	/** Zero newlines means the very start of the file: no space either. */
	private static void startOnLine(org.eclipse.xtext.formatting2.IHiddenRegionFormatter it, int newLines) {
		if (newLines == 0) {
			it.noSpace();
		} else {
			it.setNewLines(newLines);
		}
	}

	/** Single spaces between the tokens of one object, commas tight on the left. */
	private void formatTokens(EObject object, IFormattableDocument doc) {
		ISemanticRegionsFinder regions = regionFor(object);
		for (ISemanticRegion region : ownRegions(object, doc)) {
			doc.surround(region, it -> {
				it.oneSpace();
				it.lowPriority();
			});
		}
		for (ISemanticRegion comma : regions.keywords(",")) {
			doc.prepend(comma, it -> it.noSpace());
		}
	}

	/** The tokens of the object itself, not of its children. */
	private static Iterable<ISemanticRegion> ownRegions(EObject object, IFormattableDocument doc) {
		return doc.getRequest().getTextRegionAccess().regionForEObject(object).getSemanticRegions();
	}
}
