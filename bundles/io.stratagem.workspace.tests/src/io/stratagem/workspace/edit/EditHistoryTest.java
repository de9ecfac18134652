/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Undo and redo of exact texts, offered only while the files still hold the texts a step expects. */
class EditHistoryTest {

	private static final Path ROADMAP = Path.of("/acme/roadmap.strategy");
	private static final Path RISKS = Path.of("/acme/risks.strategy");

	private final EditHistory history = new EditHistory();

	@Test
	void anEmptyHistoryOffersNothing() {
		assertFalse(history.canUndo(Map.of()));
		assertFalse(history.canRedo(Map.of()));
		assertNull(history.undoTexts(Map.of()));
		assertNull(history.redoTexts(Map.of()));
	}

	@Test
	void undoGivesBackTheTextsBeforeAndRedoTheTextsAfter() {
		history.record("Move CloudTenancy", Map.of(ROADMAP, "start 2027-03"), Map.of(ROADMAP, "start 2027-04"));

		assertEquals(Map.of(ROADMAP, "start 2027-03"), history.undoTexts(Map.of(ROADMAP, "start 2027-04", RISKS, "risk R")));
		history.undone();
		assertFalse(history.canUndo(Map.of(ROADMAP, "start 2027-03")));
		assertEquals(Map.of(ROADMAP, "start 2027-04"), history.redoTexts(Map.of(ROADMAP, "start 2027-03")));
		history.redone();
		assertTrue(history.canUndo(Map.of(ROADMAP, "start 2027-04")));
		assertFalse(history.canRedo(Map.of(ROADMAP, "start 2027-04")));
	}

	@Test
	void undoIsRefusedWhenOneOfItsFilesChangedSince() {
		history.record("Delete Fraud", Map.of(ROADMAP, "a1", RISKS, "b1"), Map.of(ROADMAP, "a2", RISKS, "b2"));

		assertNull(history.undoTexts(Map.of(ROADMAP, "a2", RISKS, "b2 edited")));
		assertFalse(history.canUndo(Map.of(ROADMAP, "a2")), "a file of the step is gone");
		assertTrue(history.canUndo(Map.of(ROADMAP, "a2", RISKS, "b2")));
	}

	@Test
	void redoIsRefusedWhenAFileChangedAfterTheUndo() {
		history.record("Move CloudTenancy", Map.of(ROADMAP, "a1"), Map.of(ROADMAP, "a2"));
		history.undoTexts(Map.of(ROADMAP, "a2"));
		history.undone();

		assertNull(history.redoTexts(Map.of(ROADMAP, "a1 saved by an editor")));
		assertTrue(history.canRedo(Map.of(ROADMAP, "a1")));
	}

	@Test
	void aNewGestureForgetsWhatWasUndone() {
		history.record("Move CloudTenancy", Map.of(ROADMAP, "a1"), Map.of(ROADMAP, "a2"));
		history.undone();
		history.record("Resize CloudTenancy", Map.of(ROADMAP, "a1"), Map.of(ROADMAP, "a3"));

		assertFalse(history.canRedo(Map.of(ROADMAP, "a3")));
		assertEquals(Map.of(ROADMAP, "a1"), history.undoTexts(Map.of(ROADMAP, "a3")));
	}

	@Test
	void aStepKeepsTheTextsItWasGivenEvenWhenTheCallerChangesItsMaps() {
		Map<Path, String> before = new HashMap<>(Map.of(ROADMAP, "a1"));
		Map<Path, String> after = new HashMap<>(Map.of(ROADMAP, "a2"));
		history.record("Move CloudTenancy", before, after);
		before.put(ROADMAP, "changed");
		after.put(ROADMAP, "changed");

		assertEquals(Map.of(ROADMAP, "a1"), history.undoTexts(Map.of(ROADMAP, "a2")));
	}
}
