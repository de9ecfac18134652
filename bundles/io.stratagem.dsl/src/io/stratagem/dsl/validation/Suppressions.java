/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation;

import org.eclipse.emf.ecore.EObject;

import io.stratagem.model.NamedElement;
import io.stratagem.model.Property;

/**
 * Suppression of single findings in the model, written as a property of the element (or of an
 * element that contains it) with the justification as its value:
 *
 * <pre>
 * usecase ClaimsTriage {
 *     property "suppress STRAT-UC-002" = "Ranked by the 2026 portfolio board; inputs are not re-estimated"
 * }
 * </pre>
 *
 * A suppression without justification suppresses nothing and is itself reported.
 */
public final class Suppressions {

	/** The property key prefix of a suppression. */
	public static final String KEY_PREFIX = "suppress ";

	private Suppressions() {
	}

	/** The rule code a property suppresses, or null when it is no suppression. */
	public static String codeOf(Property property) {
		if (property == null || property.getKey() == null) {
			return null;
		}
		String key = property.getKey().trim();
		return key.startsWith(KEY_PREFIX) ? key.substring(KEY_PREFIX.length()).trim() : null;
	}

	/** True when the property is a suppression with a non-blank justification. */
	public static boolean isJustified(Property property) {
		return property.getValue() != null && !property.getValue().isBlank();
	}

	/** True when {@code object} or one of its containers suppresses {@code code} with a justification. */
	public static boolean isSuppressed(EObject object, String code) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o instanceof NamedElement element) {
				for (Property property : element.getProperties()) {
					if (code.equals(codeOf(property)) && isJustified(property)) {
						return true;
					}
				}
			}
		}
		return false;
	}
}
