package io.stratagem.workspace.diff;

import java.util.List;

/**
 * What changed in meaning between two versions of a model.
 *
 * @param before   the label of the old version (a folder as given, or a Git revision)
 * @param after    the label of the new version
 * @param changes  every change, in report order ({@link Change#ORDER})
 * @param findings the findings of the new version compared with those of the old one; file names
 *                 are relative to the folder compared, so that both versions name a file alike
 */
public record StrategyDiff(String before, String after, List<Change> changes, FindingComparison findings) {

	public StrategyDiff {
		changes = List.copyOf(changes);
	}

	/** The changes of one section, in report order. */
	public List<Change> changes(ChangeKind.Section section) {
		return changes.stream().filter(c -> c.kind().section() == section).toList();
	}
}
