/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A replacement of {@code length} characters at {@code offset} of a file's text by {@code text};
 * an insertion when length is 0. Maps one to one to an LSP TextEdit.
 */
public record TextEdit(int offset, int length, String text) {

	public int end() {
		return offset + length;
	}

	/**
	 * The text with the edits applied. Edits must not overlap (two insertions at one offset are
	 * applied in the given order) and must lie inside the text.
	 *
	 * @throws IllegalArgumentException when they overlap or lie outside the text
	 */
	public static String apply(String text, List<TextEdit> edits) {
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparingInt(TextEdit::offset));
		int covered = 0;
		StringBuilder result = new StringBuilder(text.length());
		for (TextEdit edit : sorted) {
			if (edit.offset() < covered || edit.end() > text.length() || edit.length() < 0) {
				throw new IllegalArgumentException("overlapping or out-of-range edit " + edit + " of a text of " + text.length() + " characters");
			}
			result.append(text, covered, edit.offset()).append(edit.text());
			covered = edit.end();
		}
		return result.append(text, covered, text.length()).toString();
	}
}
