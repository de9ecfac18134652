/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation;

import org.eclipse.emf.ecore.EObject;

import io.stratagem.model.NamedElement;
import io.stratagem.model.Suppression;

/**
 * Suppression of single findings in the model: an item of the element (or of an element that
 * contains it) with the rule code and a mandatory justification:
 *
 * <pre>
 * usecase ClaimsTriage {
 *     suppress STRAT-UC-002 "Ranked by the 2026 portfolio board; inputs are not re-estimated"
 * }
 * </pre>
 *
 * A suppression with a blank justification suppresses nothing and is itself reported
 * ({@link RuleCodes#STRUCT_SUPPRESSION_UNJUSTIFIED}), as is one of an unknown code
 * ({@link RuleCodes#STRUCT_SUPPRESSION_UNKNOWN_CODE}).
 */
public final class Suppressions {

	private Suppressions() {
	}

	/** True when the suppression has a non-blank justification. */
	public static boolean isJustified(Suppression suppression) {
		return suppression.getJustification() != null && !suppression.getJustification().isBlank();
	}

	/** True when {@code object} or one of its containers suppresses {@code code} with a justification. */
	public static boolean isSuppressed(EObject object, String code) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o instanceof NamedElement element) {
				for (Suppression suppression : element.getSuppressions()) {
					if (code.equals(suppression.getCode()) && isJustified(suppression)) {
						return true;
					}
				}
			}
		}
		return false;
	}
}
