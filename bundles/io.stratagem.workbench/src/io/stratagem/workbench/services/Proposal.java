/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.services;

/**
 * A content assist proposal: replace {@code length} characters at {@code offset} with {@code text}.
 *
 * @param detail what the proposal is (keyword, element type...), may be empty
 */
public record Proposal(String label, String detail, int offset, int length, String text) {
}
