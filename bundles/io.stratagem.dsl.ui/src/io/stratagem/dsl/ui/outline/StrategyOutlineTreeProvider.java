/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.ui.outline;

import org.eclipse.xtext.ui.editor.outline.impl.DefaultOutlineTreeProvider;

/** The outline follows the containment tree: files, elements, roadmap phases and initiatives. */
public class StrategyOutlineTreeProvider extends DefaultOutlineTreeProvider {
}
