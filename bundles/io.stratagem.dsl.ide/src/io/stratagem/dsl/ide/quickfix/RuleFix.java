/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.ide.quickfix;

import java.util.List;

import io.stratagem.dsl.edit.TextEdit;

/**
 * One quick fix of a rule finding: a label for the user and the text edits of one file, which do
 * not overlap. Maps to an LSP code action with a workspace edit.
 */
public record RuleFix(String label, List<TextEdit> edits) {

	public RuleFix {
		edits = List.copyOf(edits);
	}

	/** The text with the edits applied. */
	public String applyTo(String text) {
		return TextEdit.apply(text, edits);
	}
}
