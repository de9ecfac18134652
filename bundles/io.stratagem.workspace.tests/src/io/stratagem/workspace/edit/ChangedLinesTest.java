/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.xtext.util.ReplaceRegion;
import org.junit.jupiter.api.Test;

/** The places where a save changed a text ({@link ChangedLines}), each a replacement of whole lines, from the last to the first. */
class ChangedLinesTest {

	@Test
	void twoChangedLinesAreTwoReplacementsFromTheLastToTheFirst() {
		String before = "a\nb\nc\nd\ne\n";
		String after = "a\nB\nc\nd\nE\n";

		List<ReplaceRegion> regions = ChangedLines.regions(before, after, 64);

		assertEquals("[8:2 -> 'E\\n', 2:2 -> 'B\\n']", describe(regions));
		assertEquals(after, apply(before, regions));
	}

	@Test
	void addedAndRemovedLinesAreReplacementsOfNothingAndByNothing() {
		String before = "a\nb\nc\nd";
		String after = "a\nx\nb\nd";

		List<ReplaceRegion> regions = ChangedLines.regions(before, after, 64);

		assertEquals("[4:2 -> '', 2:0 -> 'x\\n']", describe(regions));
		assertEquals(after, apply(before, regions));
	}

	@Test
	void moreChangedLinesThanTheLimitAreNoPlaces() {
		assertNull(ChangedLines.regions("a\nb\nc\nd\n", "w\nx\ny\nz\n", 3));
	}

	@Test
	void randomChangesAppliedFromTheLastToTheFirstGiveTheNewText() {
		Random random = new Random(7);
		for (int round = 0; round < 500; round++) {
			List<String> lines = new ArrayList<>();
			for (int i = random.nextInt(12); i > 0; i--) {
				lines.add(String.valueOf((char) ('a' + random.nextInt(4))));
			}
			String before = String.join("\n", lines) + (random.nextBoolean() ? "\n" : "");
			for (int edits = random.nextInt(4); edits > 0; edits--) {
				int at = lines.isEmpty() ? 0 : random.nextInt(lines.size());
				switch (random.nextInt(3)) {
				case 0 -> lines.add(at, "n" + random.nextInt(3));
				case 1 -> {
					if (!lines.isEmpty()) {
						lines.remove(at);
					}
				}
				default -> {
					if (!lines.isEmpty()) {
						lines.set(at, lines.get(at) + "x");
					}
				}
				}
			}
			String after = String.join("\n", lines) + (random.nextBoolean() ? "\n" : "");
			assertEquals(after, apply(before, ChangedLines.regions(before, after, 64)), "round " + round + ": " + before + " -> " + after);
		}
	}

	private static String apply(String text, List<ReplaceRegion> regions) {
		StringBuilder builder = new StringBuilder(text);
		regions.forEach(region -> region.applyTo(builder));
		return builder.toString();
	}

	private static String describe(List<ReplaceRegion> regions) {
		return regions.stream().map(r -> r.getOffset() + ":" + r.getLength() + " -> '" + r.getText().replace("\n", "\\n") + "'").toList().toString();
	}
}
