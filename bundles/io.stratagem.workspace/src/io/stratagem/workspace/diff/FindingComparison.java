package io.stratagem.workspace.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import io.stratagem.workspace.report.Finding;

/**
 * The findings of a model compared with those of a baseline (an older version, or a previous
 * report).
 *
 * <p>Findings are matched by code, element and file, never by line, column or message: an edit
 * elsewhere in a file moves lines, and messages may quote values, so neither makes a finding new.
 * When several findings share a key (the same rule on the same element of the same file, or on no
 * element), the first ones in compiler order are matched, one for one; the extra ones are new or
 * absent.
 *
 * @param introduced findings of the model that the baseline does not have, in compiler order
 * @param unchanged  findings of the model that the baseline has, in compiler order
 * @param resolved   findings of the baseline that the model no longer has, in compiler order
 */
public record FindingComparison(List<Finding> introduced, List<Finding> unchanged, List<Finding> resolved) {

	public FindingComparison {
		introduced = List.copyOf(introduced);
		unchanged = List.copyOf(unchanged);
		resolved = List.copyOf(resolved);
	}

	/** What findings are matched by. */
	public record Key(String code, String element, String file) {
		public static Key of(Finding finding) {
			return new Key(finding.code(), finding.element() == null ? "" : finding.element(), finding.file());
		}
	}

	/** Compares the findings of a model with those of its baseline. */
	public static FindingComparison of(List<Finding> baseline, List<Finding> current) {
		List<Finding> before = sorted(baseline);
		List<Finding> after = sorted(current);
		Map<Key, Integer> remaining = new HashMap<>();
		before.forEach(f -> remaining.merge(Key.of(f), 1, Integer::sum));
		List<Finding> introduced = new ArrayList<>();
		List<Finding> unchanged = new ArrayList<>();
		Map<Key, Integer> matched = new HashMap<>();
		for (Finding finding : after) {
			Key key = Key.of(finding);
			if (remaining.getOrDefault(key, 0) > 0) {
				remaining.merge(key, -1, Integer::sum);
				matched.merge(key, 1, Integer::sum);
				unchanged.add(finding);
			} else {
				introduced.add(finding);
			}
		}
		List<Finding> resolved = new ArrayList<>();
		for (Finding finding : before) {
			Key key = Key.of(finding);
			if (matched.getOrDefault(key, 0) > 0) {
				matched.merge(key, -1, Integer::sum);
			} else {
				resolved.add(finding);
			}
		}
		return new FindingComparison(introduced, unchanged, resolved);
	}

	/** Every finding with its state: the current ones (new or unchanged) in compiler order, then the resolved ones (absent). */
	public Map<Finding, BaselineState> states() {
		Map<Finding, BaselineState> states = new IdentityHashMap<>();
		introduced.forEach(f -> states.put(f, BaselineState.NEW));
		unchanged.forEach(f -> states.put(f, BaselineState.UNCHANGED));
		resolved.forEach(f -> states.put(f, BaselineState.ABSENT));
		return states;
	}

	/** The current findings (new and unchanged), then the resolved ones, each in compiler order. */
	public List<Finding> all() {
		List<Finding> current = new ArrayList<>(introduced);
		current.addAll(unchanged);
		current.sort(Finding.ORDER);
		List<Finding> all = new ArrayList<>(current);
		all.addAll(resolved);
		return all;
	}

	private static List<Finding> sorted(List<Finding> findings) {
		List<Finding> sorted = new ArrayList<>(findings);
		sorted.sort(Finding.ORDER);
		return sorted;
	}
}
