/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.edit;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The undo and redo stacks of a workspace's gestures, as the exact texts of the files before and
 * after each. A step is offered only while every file it touches still has the text the step left
 * (undo) or found (redo): a file changed since by other means (a save, another program) is never
 * overwritten by an old text. Not thread-safe: the workspace calls it under its lock.
 */
public final class EditHistory {

	/** One recorded gesture: the texts of the files it changed, before and after. */
	public record Step(String label, Map<Path, String> before, Map<Path, String> after) {

		public Step {
			before = Collections.unmodifiableMap(new LinkedHashMap<>(before));
			after = Collections.unmodifiableMap(new LinkedHashMap<>(after));
		}
	}

	private final Deque<Step> undo = new ArrayDeque<>();
	private final Deque<Step> redo = new ArrayDeque<>();

	/** Records a gesture just applied; what was undone before it can no longer be redone. */
	public void record(String label, Map<Path, String> before, Map<Path, String> after) {
		undo.push(new Step(label, before, after));
		redo.clear();
	}

	/** Whether the last gesture can be undone over the files' {@code current} texts. */
	public boolean canUndo(Map<Path, String> current) {
		return undoTexts(current) != null;
	}

	/** Whether the last undone gesture can be redone over the files' {@code current} texts. */
	public boolean canRedo(Map<Path, String> current) {
		return redoTexts(current) != null;
	}

	/**
	 * The texts to write to undo the last gesture, or null when there is none or one of its files
	 * no longer has the text the gesture left. Call {@link #undone()} once they are written.
	 */
	public Map<Path, String> undoTexts(Map<Path, String> current) {
		Step last = undo.peek();
		return last != null && unchanged(last.after(), current) ? last.before() : null;
	}

	/** Like {@link #undoTexts(Map)}, for redoing the last undone gesture; then call {@link #redone()}. */
	public Map<Path, String> redoTexts(Map<Path, String> current) {
		Step last = redo.peek();
		return last != null && unchanged(last.before(), current) ? last.after() : null;
	}

	/** The texts of {@link #undoTexts(Map)} were written: the gesture moves to the redo stack. */
	public void undone() {
		redo.push(undo.pop());
	}

	/** The texts of {@link #redoTexts(Map)} were written: the gesture moves back to the undo stack. */
	public void redone() {
		undo.push(redo.pop());
	}

	private static boolean unchanged(Map<Path, String> expected, Map<Path, String> current) {
		return expected.entrySet().stream().allMatch(e -> e.getValue().equals(current.get(e.getKey())));
	}
}
