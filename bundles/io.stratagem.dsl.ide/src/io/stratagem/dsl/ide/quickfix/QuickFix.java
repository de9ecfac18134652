/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.ide.quickfix;

import java.util.List;

/**
 * The quick fix of the findings of one rule code (or of a family of codes), registered once in
 * {@link RuleFixes}. It reads what it needs from the finding's issue data, never from its message.
 */
@FunctionalInterface
public interface QuickFix {

	/** The fixes of one finding; empty when its data or the model allows none. */
	List<RuleFix> fixes(FixContext finding);
}
