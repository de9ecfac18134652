/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.UnorderedGroup;

/**
 * What the grammar accepts at a point, in words a modeller knows: the keywords and enumeration
 * values written in a model, and a short description (with an example) of the other values. Read
 * from the grammar itself, so a new keyword or value is named without touching this class.
 */
final class Expectations {

	private Expectations() {
	}

	/**
	 * What may come at a point: {@code values} are words written as they are (keywords, enumeration
	 * values), {@code kinds} describe the other values; {@code onlyValues} when the point is one
	 * enumeration-like choice, so the message can say "must be one of".
	 */
	record Expected(List<String> values, List<String> kinds, boolean onlyValues) {
	}

	/** The keywords and values that may start {@code element}, and descriptions of the rest, in grammar order. */
	static Expected firstOf(List<AbstractElement> sequence) {
		Set<String> values = new LinkedHashSet<>();
		Set<String> kinds = new LinkedHashSet<>();
		boolean onlyValues = true;
		for (AbstractElement element : sequence) {
			onlyValues &= collect(element, values, kinds, new HashSet<>());
			if (!isOptional(element)) {
				return new Expected(new ArrayList<>(values), new ArrayList<>(kinds), onlyValues && kinds.isEmpty() && isChoice(sequence.get(0)));
			}
		}
		return null;
	}

	/** The keywords that may start {@code element}, in grammar order. */
	static Set<String> firstKeywords(AbstractElement element) {
		Set<String> values = new LinkedHashSet<>();
		collect(element, values, new LinkedHashSet<>(), new HashSet<>());
		return values;
	}

	/** Whether the element is an enumeration or a yes/no value: the words that can be written there are all its values. */
	private static boolean isChoice(AbstractElement element) {
		AbstractElement inner = element instanceof Assignment assignment ? assignment.getTerminal() : element;
		if (inner instanceof RuleCall call) {
			AbstractRule rule = call.getRule();
			return rule instanceof EnumRule || rule instanceof ParserRule parser && parser.getAlternatives() instanceof Alternatives alternatives
					&& alternatives.getElements().stream().allMatch(Keyword.class::isInstance);
		}
		return false;
	}

	static boolean isOptional(AbstractElement element) {
		if (element instanceof Action) {
			return true;
		}
		String cardinality = element.getCardinality();
		return "?".equals(cardinality) || "*".equals(cardinality);
	}

	/** Adds what may start the element; false when something other than fixed words may. */
	private static boolean collect(AbstractElement element, Set<String> values, Set<String> kinds, Set<AbstractRule> visiting) {
		if (element instanceof Keyword keyword) {
			values.add(keyword.getValue());
			return true;
		}
		if (element instanceof Assignment assignment) {
			return collect(assignment.getTerminal(), values, kinds, visiting);
		}
		if (element instanceof CrossReference reference) {
			kinds.add("the name of " + article(typeName(reference.getType().getClassifier() instanceof EClass type ? type.getName() : "element")));
			return false;
		}
		if (element instanceof Alternatives || element instanceof UnorderedGroup) {
			boolean onlyValues = true;
			for (EObject child : element.eContents()) {
				onlyValues &= collect((AbstractElement) child, values, kinds, visiting);
			}
			return onlyValues;
		}
		if (element instanceof Group group) {
			boolean onlyValues = true;
			for (AbstractElement child : group.getElements()) {
				onlyValues &= collect(child, values, kinds, visiting);
				if (!isOptional(child)) {
					break;
				}
			}
			return onlyValues;
		}
		if (element instanceof EnumLiteralDeclaration literal) {
			values.add(literal.getLiteral().getValue());
			return true;
		}
		if (element instanceof RuleCall call) {
			return collectRule(call.getRule(), values, kinds, visiting);
		}
		return true;
	}

	private static boolean collectRule(AbstractRule rule, Set<String> values, Set<String> kinds, Set<AbstractRule> visiting) {
		String kind = describedValue(rule.getName());
		if (kind != null) {
			kinds.add(kind);
			return false;
		}
		if (rule instanceof TerminalRule) {
			kinds.add(rule.getName().toLowerCase(Locale.ROOT));
			return false;
		}
		if (!visiting.add(rule)) {
			return true;
		}
		return collect(rule.getAlternatives(), values, kinds, visiting);
	}

	/** The values that are not words, described with an example; null for a rule read from its grammar. */
	private static String describedValue(String rule) {
		return switch (rule) {
		case "ID", "QualifiedName", "NameSegment", "RuleCode" -> "a name";
		case "STRING" -> "a quoted text";
		case "DATE" -> "a date such as 2027-Q1, 2027-03 or 2027-03-15";
		case "INT", "Count" -> "a whole number";
		case "Decimal" -> "a number";
		case "Percent" -> "a percentage such as 80%";
		case "Duration" -> "a duration such as 6 months";
		case "FrameworkName" -> "a framework (euAiAct, nistAiRmf, iso42001, ombM2521, other)";
		case "UnitName" -> "a unit such as % or \"incidents\"";
		default -> null;
		};
	}

	/** "UseCase" as a modeller writes it: "use case"; "KPI" stays. */
	private static String typeName(String eClassName) {
		if (eClassName.chars().allMatch(Character::isUpperCase)) {
			return eClassName;
		}
		return eClassName.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
	}

	private static String article(String noun) {
		return ("aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 && !noun.startsWith("use") ? "an " : "a ") + noun;
	}

	/**
	 * The candidate closest to what was written, when it is close enough to be a slip (one edit in
	 * a short word, two in a longer one, case ignored); null otherwise.
	 */
	static String closest(String written, Iterable<String> candidates) {
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		String lower = written.toLowerCase(Locale.ROOT);
		for (String candidate : candidates) {
			int distance = editDistance(lower, candidate.toLowerCase(Locale.ROOT));
			if (distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
			}
		}
		int allowed = written.length() <= 4 ? 1 : 2;
		return best != null && bestDistance <= allowed && !best.equals(written) ? best : null;
	}

	/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours each cost one. */
	static int editDistance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}
}
