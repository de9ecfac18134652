/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;

import io.stratagem.dsl.validation.AbstractRuleValidator;
import io.stratagem.dsl.validation.services.RequirementCoverage;
import io.stratagem.model.Control;
import io.stratagem.model.ControlStatus;
import io.stratagem.model.Framework;
import io.stratagem.model.FrameworkRequirement;
import io.stratagem.model.Strategy;

/**
 * Rules of areas NIST and ISO: coverage of the NIST AI RMF and ISO/IEC 42001 Annex A by the
 * controls of the whole model, reported on the strategy, one finding per framework that lists
 * every gap (not one per function or objective). Expensive: it reads the whole model and
 * the built-in library.
 */
public class FrameworkCoverageValidator extends AbstractRuleValidator {

	@Inject
	private RequirementCoverage coverage;

	/** The controls of the model that are not retired: a retired control addresses nothing. */
	private List<Control> controlsInPlace(Strategy strategy) {
		return index(strategy).all(Control.class).stream().filter(control -> control.getStatus() != ControlStatus.RETIRED).toList();
	}

	/** One finding for the whole NIST AI RMF: the categories, of every function, that no control addresses. */
	@Check(CheckType.EXPENSIVE)
	public void nistCoverage(Strategy strategy) {
		Set<String> satisfied = coverage.satisfiedCodes(controlsInPlace(strategy));
		List<FrameworkRequirement> requirements = coverage.libraryRequirements(Framework.NIST_AI_RMF, strategy);
		List<String> uncovered = new ArrayList<>();
		int categories = 0;
		for (FrameworkRequirement function : requirements) {
			if (function.getParent() != null || function.getCode() == null) {
				continue;
			}
			for (FrameworkRequirement category : requirements) {
				if (category.getParent() == function) {
					categories++;
					if (!satisfied.contains(category.getCode())) {
						uncovered.add(category.getCode());
					}
				}
			}
		}
		if (!uncovered.isEmpty()) {
			report(NIST_FUNCTION_UNCOVERED, strategy, null, name(strategy), Integer.toString(uncovered.size()), Integer.toString(categories),
					String.join(", ", uncovered));
		}
	}

	/** One finding for the whole of ISO/IEC 42001 Annex A: the control objectives no control addresses. */
	@Check(CheckType.EXPENSIVE)
	public void isoCoverage(Strategy strategy) {
		Set<String> satisfied = coverage.satisfiedCodes(controlsInPlace(strategy));
		List<String> uncovered = new ArrayList<>();
		int objectives = 0;
		for (FrameworkRequirement objective : coverage.libraryRequirements(Framework.ISO42001, strategy)) {
			if (objective.getParent() == null && objective.getCode() != null) {
				objectives++;
				if (!satisfied.contains(objective.getCode())) {
					uncovered.add(objective.getCode());
				}
			}
		}
		if (!uncovered.isEmpty()) {
			report(ISO_OBJECTIVE_UNCOVERED, strategy, null, name(strategy), Integer.toString(uncovered.size()), Integer.toString(objectives),
					String.join(", ", uncovered));
		}
	}
}
