/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.edit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.xtext.util.ReplaceRegion;

/**
 * The places where a saved text differs from the text before, as few replacements of whole lines
 * (Myers' difference algorithm on lines): an editor's save may change several elements at once,
 * and each place is then parsed in part on its own ({@link IncrementalModel}).
 */
final class ChangedLines {

	private ChangedLines() {
	}

	/**
	 * The replacements that turn {@code before} into {@code after}, from the last place to the
	 * first (so that each one's offsets hold in the text the later ones have already changed);
	 * null when more than {@code maxLines} lines are added or removed.
	 */
	static List<ReplaceRegion> regions(String before, String after, int maxLines) {
		// the lines both texts begin and end with are not compared line by line
		CommonEnds ends = CommonEnds.of(before, after);
		int prefix = ends.prefix();
		int suffix = ends.suffix();
		int from = before.lastIndexOf('\n', prefix - 1) + 1;
		int beforeEnd = lineEnd(before, before.length() - suffix);
		int afterEnd = after.length() - (before.length() - beforeEnd);
		if (afterEnd < from) {
			// the two ends overlap in the lines around the change: compared from the start of its line to the end of the text
			beforeEnd = before.length();
			afterEnd = after.length();
		}
		return regions(before.substring(from, beforeEnd), after.substring(from, afterEnd), maxLines, from);
	}

	/** How many characters two texts share at their start, and then at their end (apart from those). */
	record CommonEnds(int prefix, int suffix) {

		static CommonEnds of(String a, String b) {
			int common = Math.min(a.length(), b.length());
			int prefix = 0;
			while (prefix < common && a.charAt(prefix) == b.charAt(prefix)) {
				prefix++;
			}
			int suffix = 0;
			while (suffix < common - prefix && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) {
				suffix++;
			}
			return new CommonEnds(prefix, suffix);
		}
	}

	/** The end of the line a position is in, after its line break (the text's end on the last line). */
	private static int lineEnd(String text, int position) {
		if (position > 0 && text.charAt(position - 1) == '\n') {
			return position;
		}
		int end = text.indexOf('\n', position);
		return end < 0 ? text.length() : end + 1;
	}

	private static List<ReplaceRegion> regions(String before, String after, int maxLines, int shift) {
		Lines a = new Lines(before);
		Lines b = new Lines(after);
		int[] matchA = match(a, b, maxLines);
		if (matchA == null) {
			return null;
		}
		boolean[] matchedB = new boolean[b.count()];
		for (int j : matchA) {
			if (j >= 0) {
				matchedB[j] = true;
			}
		}
		int[] startA = a.starts;
		int[] startB = b.starts;
		List<ReplaceRegion> regions = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.count() || j < b.count()) {
			if (i < a.count() && j < b.count() && matchA[i] == j) {
				i++;
				j++;
				continue;
			}
			int i0 = i;
			int j0 = j;
			while (i < a.count() && matchA[i] < 0) {
				i++;
			}
			while (j < b.count() && !matchedB[j]) {
				j++;
			}
			regions.add(0, new ReplaceRegion(shift + startA[i0], startA[i] - startA[i0], after.substring(startB[j0], startB[j])));
		}
		return regions;
	}

	/**
	 * The lines of a text, each with its line break (the last one may have none: a line that gains
	 * or loses its break is changed), as the offsets where they start and the text's length: a
	 * save's text is not copied line by line.
	 */
	private static final class Lines {
		private final String text;
		private final int[] starts;

		Lines(String text) {
			this.text = text;
			int count = 0;
			for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
				count++;
			}
			if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
				count++;
			}
			starts = new int[count + 1];
			int line = 0;
			for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
				starts[++line] = at + 1;
			}
			starts[count] = text.length();
		}

		int count() {
			return starts.length - 1;
		}

		/** Whether line {@code i} of these lines is line {@code j} of {@code other}, character for character. */
		boolean same(int i, Lines other, int j) {
			int length = starts[i + 1] - starts[i];
			return length == other.starts[j + 1] - other.starts[j] && text.regionMatches(starts[i], other.text, other.starts[j], length);
		}
	}

	/** For each line of {@code a}, the line of {@code b} it is kept as (-1: removed); null beyond {@code maxEdits}. */
	private static int[] match(Lines a, Lines b, int maxEdits) {
		int n = a.count();
		int m = b.count();
		int max = Math.min(n + m, maxEdits);
		int offset = max + 1;
		int[] v = new int[2 * max + 3];
		List<int[]> trace = new ArrayList<>();
		for (int d = 0; d <= max; d++) {
			trace.add(v.clone());
			for (int k = -d; k <= d; k += 2) {
				int x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
				int y = x - k;
				while (x < n && y < m && a.same(x, b, y)) {
					x++;
					y++;
				}
				v[offset + k] = x;
				if (x >= n && y >= m) {
					return backtrack(trace, a, b, offset, d);
				}
			}
		}
		return null;
	}

	private static int[] backtrack(List<int[]> trace, Lines a, Lines b, int offset, int edits) {
		int[] matchA = new int[a.count()];
		Arrays.fill(matchA, -1);
		int x = a.count();
		int y = b.count();
		for (int d = edits; d >= 0; d--) {
			int[] v = trace.get(d);
			int k = x - y;
			int previousK = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1;
			int previousX = d == 0 ? 0 : v[offset + previousK];
			int previousY = d == 0 ? 0 : previousX - previousK;
			while (x > previousX && y > previousY) {
				x--;
				y--;
				matchA[x] = y;
			}
			x = previousX;
			y = previousY;
		}
		return matchA;
	}
}
