package io.stratagem.dsl.formatting2;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import io.stratagem.dsl.services.StrategyGrammarAccess;

/**
 * Reads from the grammar which keywords start an item of a block: the first keyword of each
 * alternative of a repeated block body, and of each fragment ({@code owner}, {@code start},
 * {@code description}...). The formatter puts each item on its own line, so a new feature in the
 * grammar is laid out right without touching the formatter.
 */
@Singleton
public class BlockLayout {

	private final Set<Keyword> itemStarts = new HashSet<>();

	@Inject
	BlockLayout(StrategyGrammarAccess grammar) {
		Set<ParserRule> inline = Set.of(grammar.getPriorityRule());
		for (ParserRule rule : GrammarUtil.allParserRules(grammar.getGrammar())) {
			if (inline.contains(rule)) {
				continue;
			}
			if (rule.isFragment()) {
				addItemStarts(rule.getAlternatives());
			}
			for (Alternatives body : EcoreUtil2.getAllContentsOfType(rule, Alternatives.class)) {
				if ("*".equals(body.getCardinality())) {
					body.getElements().forEach(this::addFirstKeyword);
				}
			}
		}
	}

	/** True when the keyword starts an item that belongs on a line of its own. */
	public boolean startsItem(Keyword keyword) {
		return itemStarts.contains(keyword);
	}

	private void addItemStarts(AbstractElement element) {
		if (element instanceof Alternatives alternatives) {
			alternatives.getElements().forEach(this::addFirstKeyword);
		} else {
			addFirstKeyword(element);
		}
	}

	private void addFirstKeyword(AbstractElement element) {
		if (element instanceof Keyword keyword) {
			itemStarts.add(keyword);
		} else if (element instanceof Group group && !group.getElements().isEmpty()) {
			addFirstKeyword(group.getElements().get(0));
		} else if (element instanceof Assignment assignment) {
			addFirstKeyword(assignment.getTerminal()); // a flag such as critical?='critical'
		}
	}
}
