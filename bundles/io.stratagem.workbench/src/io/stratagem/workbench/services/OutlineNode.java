/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.services;

import java.util.List;

/**
 * An element in the outline, with the range of its name in the document.
 *
 * @param kind the kind of symbol, in words ("class", "field"...) as the document symbols tell it
 */
public record OutlineNode(String name, String kind, int offset, int length, List<OutlineNode> children) {
}
