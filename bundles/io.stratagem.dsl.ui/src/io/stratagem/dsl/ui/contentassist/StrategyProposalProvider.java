/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.ui.contentassist;

/** Content assist of the Eclipse editor: the grammar's keywords and cross-references, as generated. */
public class StrategyProposalProvider extends AbstractStrategyProposalProvider {
}
