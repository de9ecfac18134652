package io.stratagem.archimate;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * An element's .strategy text cut into its items, the way the grammar reads them: the header
 * (keyword, name, title and what else precedes the brace) and each line of the block, such as
 * {@code target 90 by 2027-Q4} or {@code serves Growth, Retention}. The export keeps items as written,
 * so that everything the language can say travels without a table of its syntax.
 */
final class StrategyItems {

	/** One token of an item: a keyword, a value, a reference or a contained object. */
	record Unit(INode node, EObject grammar) {

		String text() {
			return NodeModelUtils.getTokenText(node);
		}

		boolean isKeyword(String keyword) {
			return grammar instanceof Keyword k && k.getValue().equals(keyword);
		}

		boolean isKeyword() {
			return grammar instanceof Keyword && !(grammar.eContainer() instanceof Assignment);
		}

		/** The reference this token names, or null. */
		CrossReference crossReference() {
			return grammar instanceof CrossReference c ? c : null;
		}

		/** The semantic object of a contained object's node (a priority, a dependency), or null. */
		EObject contained() {
			if (node instanceof ICompositeNode && grammar instanceof Action) {
				return NodeModelUtils.findActualSemanticObjectFor(node);
			}
			if (node instanceof ICompositeNode && grammar instanceof RuleCall call && call.getRule() instanceof ParserRule rule
					&& !isDatatype(rule) && call.eContainer() instanceof Assignment) {
				return NodeModelUtils.findActualSemanticObjectFor(node);
			}
			return null;
		}
	}

	/** One item: its tokens in order. */
	record Item(List<Unit> units) {

		String firstKeyword() {
			Unit first = units.get(0);
			if (first.grammar() instanceof Keyword keyword) {
				return keyword.getValue();
			}
			// a contained object (priority, measurement): its rule's first keyword
			String text = first.text();
			int space = text.indexOf(' ');
			return space < 0 ? text : text.substring(0, space);
		}

		/** The item's text with single spaces between tokens. */
		String text() {
			return String.join(" ", units.stream().map(Unit::text).toList());
		}

		/** The text after the first keyword; empty for a flag such as {@code critical}. */
		String rest() {
			String text = text();
			String keyword = firstKeyword();
			return text.equals(keyword) ? "" : text.startsWith(keyword + " ") ? text.substring(keyword.length() + 1) : text;
		}

		/** Whether the item consists of keywords, references and commas only, such as {@code requires skills A, B}. */
		boolean isReferencesOnly() {
			return units.stream().anyMatch(u -> u.crossReference() != null)
					&& units.stream().allMatch(u -> u.crossReference() != null || u.isKeyword());
		}
	}

	/** An element's header (after name and title) and block items. */
	record Cut(List<Unit> heading, List<Item> items) {
	}

	private StrategyItems() {
	}

	/** Cuts the element's text; empty lists for an element that has no text (built in code). */
	static Cut cut(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		if (node == null) {
			return new Cut(List.of(), List.of());
		}
		List<Unit> units = new ArrayList<>();
		flatten(node, units);
		List<Unit> heading = new ArrayList<>();
		List<Item> items = new ArrayList<>();
		int index = 0;
		for (; index < units.size() && !units.get(index).isKeyword("{"); index++) {
			Unit unit = units.get(index);
			if (index > 0 && !isNameOrTitle(unit)) {
				heading.add(unit);
			}
		}
		int end = units.size() - 1; // the closing brace
		List<Unit> current = null;
		for (index++; index < end; index++) {
			Unit unit = units.get(index);
			if (startsItem(unit.grammar()) || current == null) {
				current = new ArrayList<>();
				items.add(new Item(current));
			}
			current.add(unit);
		}
		return new Cut(heading, items);
	}

	private static boolean isNameOrTitle(Unit unit) {
		return unit.grammar().eContainer() instanceof Assignment assignment
				&& (assignment.getFeature().equals("name") || assignment.getFeature().equals("title"));
	}

	/** The visible tokens, entering fragments and unassigned rule calls, which belong to the same element. */
	private static void flatten(ICompositeNode node, List<Unit> units) {
		for (INode child : node.getChildren()) {
			if (child instanceof ILeafNode leaf) {
				if (!leaf.isHidden()) {
					units.add(new Unit(leaf, leaf.getGrammarElement()));
				}
			} else if (child instanceof ICompositeNode composite) {
				EObject grammar = composite.getGrammarElement();
				if (grammar instanceof RuleCall call && !(call.eContainer() instanceof Assignment) && call.getRule() instanceof ParserRule rule
						&& !isDatatype(rule)) {
					flatten(composite, units);
				} else if (grammar instanceof RuleCall call && call.eContainer() instanceof CrossReference reference) {
					units.add(new Unit(composite, reference));
				} else {
					units.add(new Unit(composite, grammar));
				}
			}
		}
	}

	/**
	 * Whether a token of this grammar element opens an item: it comes first in an alternative of
	 * the block's repeated choice (or of a fragment, which stands for such alternatives).
	 */
	static boolean startsItem(EObject grammar) {
		if (grammar instanceof Action) {
			return true; // the node of an object its rule creates with an action, such as a priority
		}
		EObject element = grammar;
		if (element instanceof RuleCall call && call.eContainer() instanceof CrossReference reference) {
			element = reference;
		}
		while (element != null) {
			EObject container = element.eContainer();
			if (container instanceof Assignment || container instanceof CrossReference) {
				element = container;
			} else if (container instanceof Group group) {
				if (group.getElements().get(0) != element) {
					return false;
				}
				element = group;
			} else if (container instanceof Alternatives alternatives) {
				return "*".equals(alternatives.getCardinality()) || alternatives.eContainer() instanceof ParserRule rule && rule.isFragment();
			} else if (container instanceof ParserRule rule) {
				return rule.isFragment();
			} else {
				return false;
			}
		}
		return false;
	}

	private static boolean isDatatype(AbstractRule rule) {
		return rule instanceof ParserRule parser && org.eclipse.xtext.GrammarUtil.isDatatypeRule(parser);
	}

	/** The grammar feature a cross-reference token assigns, e.g. {@code objectives}. */
	static String feature(CrossReference reference) {
		return ((Assignment) reference.eContainer()).getFeature();
	}

	/**
	 * The words before a reference token, as the import writes them: the item's first keyword
	 * followed by the keywords directly before the reference's list ({@code requires capabilities}).
	 */
	static String words(Item item, int unitIndex) {
		List<String> run = new ArrayList<>();
		int i = unitIndex - 1;
		for (; i >= 0; i--) {
			Unit unit = item.units().get(i);
			if (unit.crossReference() != null) {
				continue; // an earlier reference of the same list
			}
			if (unit.isKeyword(",")) {
				continue;
			}
			break;
		}
		for (; i >= 0 && item.units().get(i).isKeyword() && !item.units().get(i).isKeyword(","); i--) {
			run.add(0, item.units().get(i).text());
		}
		if (i >= 0) {
			run.add(0, item.firstKeyword());
		}
		return String.join(" ", run);
	}
}
