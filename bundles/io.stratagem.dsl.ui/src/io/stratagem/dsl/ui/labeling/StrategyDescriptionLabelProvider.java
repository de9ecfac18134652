/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.ui.labeling;

import org.eclipse.xtext.ui.label.DefaultDescriptionLabelProvider;

/** Labels of index entries (open model element dialog, references view): Xtext's defaults. */
public class StrategyDescriptionLabelProvider extends DefaultDescriptionLabelProvider {
}
