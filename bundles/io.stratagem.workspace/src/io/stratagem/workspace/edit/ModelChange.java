/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.edit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.stratagem.dsl.edit.TextEdit;

/**
 * What one user gesture changes: non-overlapping text edits per file (absolute, normalized paths),
 * and a label for undo menus ("Move CloudTenancy to 2027-04").
 */
public record ModelChange(String label, Map<Path, List<TextEdit>> edits) {

	public ModelChange {
		Map<Path, List<TextEdit>> copy = new LinkedHashMap<>();
		edits.forEach((file, list) -> copy.put(file, List.copyOf(list)));
		edits = java.util.Collections.unmodifiableMap(copy);
	}

	public boolean isEmpty() {
		return edits.values().stream().allMatch(List::isEmpty);
	}

	/** Collects the edits of a change, file by file. */
	public static final class Builder {

		private final String label;
		private final Map<Path, List<TextEdit>> edits = new LinkedHashMap<>();

		public Builder(String label) {
			this.label = label;
		}

		public Builder add(Path file, TextEdit edit) {
			edits.computeIfAbsent(file, f -> new ArrayList<>()).add(edit);
			return this;
		}

		public Builder addAll(Path file, List<TextEdit> more) {
			more.forEach(edit -> add(file, edit));
			return this;
		}

		public ModelChange build() {
			return new ModelChange(label, edits);
		}
	}
}
