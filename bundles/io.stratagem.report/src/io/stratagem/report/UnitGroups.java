package io.stratagem.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.stratagem.model.BusinessUnit;
import io.stratagem.model.UseCase;
import io.stratagem.roadmap.ModelElements;

/**
 * Groups a long list of use cases (the readiness board, the per-use-case checklists) by the unit
 * that owns them, so that a page of thousands of use cases opens as one collapsible section per
 * unit. The units are the broadest that tell the use cases apart: the agencies of the imported
 * federal inventory (each bureau is part of its agency), the divisions of a company whose units
 * are all part of one group. Use cases without a unit come last. Other long lists (the findings,
 * by file) are grouped by a key of their own with {@link #sectionsBy}.
 */
final class UnitGroups {

	/** Up to this many use cases (or items) on a page, its sections start open; beyond, closed. */
	static final int OPEN_UP_TO = 50;

	static final String NO_UNIT = "No business unit";

	/** Units deeper than this are not followed (a unit that is part of itself is an error the validator reports). */
	private static final int MAX_DEPTH = 20;

	private UnitGroups() {
	}

	/**
	 * The sections of a page: one per unit in the order of their labels, each with its items in the
	 * given order, as a template view ({@code label}, {@code id}, {@code size}, {@code open}, and the
	 * item views under {@code itemsKey}).
	 *
	 * @param useCase the use case of an item
	 * @param view    an item's view in the template
	 */
	static <T> List<Map<String, Object>> sections(List<T> items, Function<T, UseCase> useCase, Function<T, Map<String, Object>> view, String itemsKey) {
		Function<UseCase, BusinessUnit> owner = owners(items.stream().map(useCase).toList());
		Map<BusinessUnit, List<T>> byUnit = new LinkedHashMap<>();
		List<T> without = new ArrayList<>();
		for (T item : items) {
			BusinessUnit unit = owner.apply(useCase.apply(item));
			if (unit == null) {
				without.add(item);
			} else {
				byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(item);
			}
		}
		List<Map.Entry<BusinessUnit, List<T>>> units = new ArrayList<>(byUnit.entrySet());
		units.sort(Comparator.comparing((Map.Entry<BusinessUnit, List<T>> e) -> ModelElements.label(e.getKey()), String.CASE_INSENSITIVE_ORDER)
				.thenComparing(e -> ModelElements.qualifiedName(e.getKey()), Comparator.nullsFirst(Comparator.naturalOrder())));
		boolean open = items.size() <= OPEN_UP_TO;
		List<Map<String, Object>> sections = new ArrayList<>();
		for (Map.Entry<BusinessUnit, List<T>> unit : units) {
			sections.add(section(ModelElements.label(unit.getKey()), sections.size(), size(unit.getValue().size(), "use case"), unit.getValue().stream().map(view).toList(),
					itemsKey, open));
		}
		if (!without.isEmpty()) {
			sections.add(section(NO_UNIT, sections.size(), size(without.size(), "use case"), without.stream().map(view).toList(), itemsKey, open));
		}
		return sections;
	}

	/**
	 * The sections of a page of items that are not use cases, by a key of each (the file of a
	 * finding), in the order the keys first come; the view as {@link #sections}.
	 *
	 * @param noun the items' name in the singular, for the size of a section ("finding")
	 */
	static <T> List<Map<String, Object>> sectionsBy(List<T> items, Function<T, String> key, String noun, String itemsKey) {
		Map<String, List<T>> byKey = new LinkedHashMap<>();
		items.forEach(item -> byKey.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item));
		boolean open = items.size() <= OPEN_UP_TO;
		List<Map<String, Object>> sections = new ArrayList<>();
		for (Map.Entry<String, List<T>> group : byKey.entrySet()) {
			sections.add(section(group.getKey(), sections.size(), size(group.getValue().size(), noun), group.getValue(), itemsKey, open));
		}
		return sections;
	}

	private static Map<String, Object> section(String label, int index, String size, List<?> items, String itemsKey, boolean open) {
		Map<String, Object> section = new LinkedHashMap<>();
		section.put("label", label);
		section.put("id", "group-" + (index + 1));
		section.put("size", size);
		section.put("open", open);
		section.put(itemsKey, items);
		return section;
	}

	/** "1 use case", "41 use cases". */
	private static String size(int count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}

	/**
	 * The owning unit of each use case at the broadest level that tells the use cases apart: the top
	 * units, unless all use cases share one, then the level below it, and so on.
	 */
	static Function<UseCase, BusinessUnit> owners(List<UseCase> useCases) {
		Map<UseCase, List<BusinessUnit>> chains = new IdentityHashMap<>();
		int deepest = 0;
		for (UseCase useCase : useCases) {
			List<BusinessUnit> chain = chain(useCase.getUnit());
			chains.put(useCase, chain);
			deepest = Math.max(deepest, chain.size());
		}
		int level = 0;
		while (level < deepest - 1 && distinctAt(chains.values(), level) == 1) {
			level++;
		}
		int chosen = level;
		return useCase -> at(chains.computeIfAbsent(useCase, u -> chain(u.getUnit())), chosen);
	}

	/** The unit and the units it is part of, the broadest first. */
	private static List<BusinessUnit> chain(BusinessUnit unit) {
		List<BusinessUnit> chain = new ArrayList<>();
		Set<BusinessUnit> seen = new HashSet<>();
		for (BusinessUnit step = unit; step != null && seen.add(step) && chain.size() < MAX_DEPTH; step = step.getParent()) {
			chain.add(0, step);
		}
		return chain;
	}

	private static BusinessUnit at(List<BusinessUnit> chain, int level) {
		return chain.isEmpty() ? null : chain.get(Math.min(level, chain.size() - 1));
	}

	private static long distinctAt(Iterable<List<BusinessUnit>> chains, int level) {
		Set<BusinessUnit> units = new HashSet<>();
		for (List<BusinessUnit> chain : chains) {
			if (!chain.isEmpty()) {
				units.add(at(chain, level));
			}
		}
		return units.size();
	}
}
