/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;

import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import io.stratagem.dsl.validation.AbstractRuleValidator;
import io.stratagem.model.Duration;
import io.stratagem.model.NamedElement;
import io.stratagem.model.StratagemPackage.Literals;
import io.stratagem.model.time.StrategyDate;
import io.stratagem.model.time.TimeBounds;
import io.stratagem.roadmap.schedule.Durations;

/**
 * Rules of area TIME: every date of the model lies in the years {@link TimeBounds} allows and every
 * duration (of an initiative, a lag, a retention) is at most {@value TimeBounds#LONGEST_YEARS} years.
 */
public class TimeBoundsValidator extends AbstractRuleValidator {

	/** Every date attribute of every element, whatever its type, so that a new date is checked too. */
	@Check(CheckType.FAST)
	public void datesInBounds(EObject object) {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (attribute.getEAttributeType().getInstanceClass() == StrategyDate.class && !attribute.isMany()
					&& object.eGet(attribute) instanceof StrategyDate date && !TimeBounds.contains(date)) {
				report(TIME_DATE_OUT_OF_BOUNDS, object, attribute, name(owner(object)), words(attribute.getName()), date.toString());
			}
		}
	}

	@Check(CheckType.FAST)
	public void durationInBounds(Duration duration) {
		if (!TimeBounds.isWithin(duration) && duration.eContainmentFeature() != null) {
			report(TIME_DURATION_TOO_LONG, duration, Literals.DURATION__AMOUNT, name(owner(duration.eContainer())),
					words(duration.eContainmentFeature().getName()), Durations.text(duration));
		}
	}

	/** The element a message names: the object or the nearest named element containing it. */
	private static EObject owner(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o instanceof NamedElement) {
				return o;
			}
		}
		return object;
	}

	/** A feature name as words: {@code horizonEnd} is "horizon end". */
	static String words(String featureName) {
		return featureName.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
	}
}
