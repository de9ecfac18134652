/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.ide.quickfix;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Issue;

import io.stratagem.dsl.edit.References;
import io.stratagem.dsl.edit.SourceEdits;
import io.stratagem.dsl.validation.services.ModelIndex;
import io.stratagem.model.NamedElement;
import io.stratagem.model.StrategyModel;

/**
 * What a {@link QuickFix} works on: one finding, the element it marks, the finding's issue data
 * (the rule's message arguments, element name first, then the data the rule adds for its fix) and
 * the services that compute edits keeping the formatter's layout.
 */
public record FixContext(Issue issue, EObject element, List<String> data, SourceEdits edits, References references) {

	public FixContext {
		data = List.copyOf(data);
	}

	/** The issue data of a finding, empty when it has none. */
	static List<String> dataOf(Issue issue) {
		return issue.getData() == null ? List.of() : Arrays.stream(issue.getData()).map(item -> item == null ? "" : item).toList();
	}

	/** Issue data item {@code index}, or null when the finding has fewer items. */
	public String data(int index) {
		return index >= 0 && index < data.size() ? data.get(index) : null;
	}

	/** The issue data items from {@code index} on (empty when there are none). */
	public List<String> dataFrom(int index) {
		return index < data.size() ? data.subList(index, data.size()) : List.of();
	}

	/** The name of the element, or "Element" when it has none. */
	public String name() {
		return element instanceof NamedElement named && named.getName() != null ? named.getName() : "Element";
	}

	/** How a reference to {@code target} is written in the element's file (qualified unless imported). */
	public String referenceTo(NamedElement target) {
		return references.textOf(element, target);
	}

	/** Candidates of a type in the user's model (not the built-in library), by name, at most {@link RuleFixes#MAX_CHOICES}. */
	public <T extends NamedElement> List<T> choices(Class<T> type) {
		return ModelIndex.of(element, null).all(type).stream().filter(e -> e.getName() != null && !e.getName().startsWith("stratagem."))
				.sorted(Comparator.comparing(NamedElement::getName)).limit(RuleFixes.MAX_CHOICES).toList();
	}

	/** {@code base}, or base2, base3... : a name not yet used in the model. */
	public String freshName(String base) {
		List<NamedElement> elements = ModelIndex.of(element, null).elements();
		String candidate = base;
		for (int i = 2; contains(elements, candidate); i++) {
			candidate = base + i;
		}
		return candidate;
	}

	private static boolean contains(List<NamedElement> elements, String name) {
		return elements.stream().anyMatch(e -> name.equals(e.getName()));
	}

	/** The top-level element that contains the element (the element itself when it is top-level). */
	public EObject topLevel() {
		EObject top = element;
		while (top.eContainer() != null && !(top.eContainer() instanceof StrategyModel)) {
			top = top.eContainer();
		}
		return top;
	}
}
