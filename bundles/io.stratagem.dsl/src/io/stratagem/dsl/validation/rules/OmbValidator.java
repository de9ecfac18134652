/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;

import io.stratagem.dsl.validation.AbstractRuleValidator;
import io.stratagem.dsl.validation.services.RequirementCoverage;
import io.stratagem.model.StratagemPackage.Literals;
import io.stratagem.model.UseCase;

/** Rules of area OMB: OMB M-25-21 minimum practices for high-impact AI. */
public class OmbValidator extends AbstractRuleValidator {

	/** The minimum practices of section 4(b), by code, with a short name. */
	public static final Map<String, String> MINIMUM_PRACTICES = new LinkedHashMap<>();

	static {
		MINIMUM_PRACTICES.put("OMB-M-25-21-4b-i", "pre-deployment testing");
		MINIMUM_PRACTICES.put("OMB-M-25-21-4b-ii", "impact assessment");
		MINIMUM_PRACTICES.put("OMB-M-25-21-4b-iii", "ongoing monitoring");
		MINIMUM_PRACTICES.put("OMB-M-25-21-4b-iv", "human training");
		MINIMUM_PRACTICES.put("OMB-M-25-21-4b-v", "human oversight and intervention");
		MINIMUM_PRACTICES.put("OMB-M-25-21-4b-vi", "remedies and appeals");
		MINIMUM_PRACTICES.put("OMB-M-25-21-4b-vii", "public consultation");
	}

	@Inject
	private RequirementCoverage coverage;

	@Check(CheckType.NORMAL)
	public void minimumPractices(UseCase useCase) {
		if (!Boolean.TRUE.equals(useCase.getHighImpact()) || !UseCases.inUse(useCase)) {
			return;
		}
		Set<String> satisfied = coverage.satisfiedCodes(coverage.controlsOf(useCase, index(useCase)));
		List<String> missing = new ArrayList<>();
		MINIMUM_PRACTICES.forEach((code, label) -> {
			if (!satisfied.contains(code)) {
				missing.add(label + " (" + code + ")");
			}
		});
		if (!missing.isEmpty()) {
			report(OMB_MINIMUM_PRACTICES, useCase, Literals.USE_CASE__HIGH_IMPACT, name(useCase), String.join(", ", missing));
		}
	}
}
