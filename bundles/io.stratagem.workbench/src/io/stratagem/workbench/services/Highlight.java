/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.services;

/** A semantically highlighted range of the document, in characters from its start. */
public record Highlight(int offset, int length, SemanticKind kind) {
}
