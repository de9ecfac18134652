/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.ide.quickfix;

/**
 * A replacement of {@code length} characters at {@code offset} of a file's text by {@code text};
 * an insertion when length is 0. Maps one to one to an LSP TextEdit.
 */
public record TextEdit(int offset, int length, String text) {
}
