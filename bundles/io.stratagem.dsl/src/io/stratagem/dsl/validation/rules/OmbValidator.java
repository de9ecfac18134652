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

	/** A minimum practice: its short name in messages and its requirement in the built-in library. */
	public record MinimumPractice(String label, String libraryName) {
	}

	/** The minimum practices of section 4(b), by code. */
	public static final Map<String, MinimumPractice> MINIMUM_PRACTICES = new LinkedHashMap<>();

	static {
		MINIMUM_PRACTICES.put("OMB-M-25-21-4b-i", new MinimumPractice("pre-deployment testing", "PreDeploymentTesting"));
		MINIMUM_PRACTICES.put("OMB-M-25-21-4b-ii", new MinimumPractice("impact assessment", "ImpactAssessment"));
		MINIMUM_PRACTICES.put("OMB-M-25-21-4b-iii", new MinimumPractice("ongoing monitoring", "OngoingMonitoring"));
		MINIMUM_PRACTICES.put("OMB-M-25-21-4b-iv", new MinimumPractice("human training", "HumanTraining"));
		MINIMUM_PRACTICES.put("OMB-M-25-21-4b-v", new MinimumPractice("human oversight and intervention", "HumanOversight"));
		MINIMUM_PRACTICES.put("OMB-M-25-21-4b-vi", new MinimumPractice("remedies and appeals", "RemediesAndAppeals"));
		MINIMUM_PRACTICES.put("OMB-M-25-21-4b-vii", new MinimumPractice("public consultation", "PublicConsultation"));
	}

	/**
	 * Where the issue data of {@code OMB-001} holds the codes of the missing practices
	 * ("OMB-M-25-21-4b-vi"), one an item, after the message arguments (the use case's name and the
	 * practices): its quick fix reads them from there.
	 */
	public static final int DATA_MISSING_PRACTICES = 2;

	@Inject
	private RequirementCoverage coverage;

	@Check(CheckType.NORMAL)
	public void minimumPractices(UseCase useCase) {
		if (!Boolean.TRUE.equals(useCase.getHighImpact()) || !UseCases.inUse(useCase)) {
			return;
		}
		Set<String> satisfied = coverage.satisfiedCodes(coverage.controlsInForce(useCase, index(useCase)));
		List<String> missing = new ArrayList<>();
		List<String> missingCodes = new ArrayList<>();
		MINIMUM_PRACTICES.forEach((code, practice) -> {
			if (!satisfied.contains(code)) {
				missing.add(practice.label() + " (" + code + ")");
				missingCodes.add(code);
			}
		});
		if (!missing.isEmpty()) {
			reportWithData(OMB_MINIMUM_PRACTICES, useCase, Literals.USE_CASE__HIGH_IMPACT, List.of(name(useCase), String.join(", ", missing)), missingCodes);
		}
	}
}
