package io.stratagem.dsl.ide.contentassist;

import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.ParserRule;

import io.stratagem.dsl.ide.contentassist.antlr.PartialStrategyContentAssistParser;

/**
 * The generated content assist parser knows no parser method for a rule whose whole body is a
 * single rule call (such as {@code Count: INT;}); when completion starts from such a rule, the
 * rule's own method is the right entry point.
 */
public class StrategyContentAssistParser extends PartialStrategyContentAssistParser {

	@Override
	protected String getRuleName(AbstractElement element) {
		String name = super.getRuleName(element);
		if (name == null && element != null && element.eContainer() instanceof ParserRule rule && rule.getAlternatives() == element) {
			return "rule" + rule.getName();
		}
		return name;
	}
}
