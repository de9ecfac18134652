package io.stratagem.roadmap.trace;

import java.util.List;

import io.stratagem.model.Framework;
import io.stratagem.model.FrameworkRequirement;

/**
 * How far the controls of a model cover one framework, counted over the framework's requirements
 * present in the model's resource set (each requirement on its own, with no roll-up to parents).
 * This is the matrix's view, link by link; it is not what the site and the board show as a
 * framework's conformity. Those figures are the conformity checklist's
 * ({@link io.stratagem.roadmap.conformity.ConformityService}), where a control for a part of a
 * requirement counts for the requirement too, as the validators and the diff count it.
 *
 * @param requirements every requirement of the framework present, in model order
 * @param satisfied    those satisfied by at least one control that is not retired
 * @param evidenced    those satisfied by at least one operating control
 * @param unsatisfied  those no control that is not retired satisfies
 */
public record FrameworkCoverage(Framework framework, List<FrameworkRequirement> requirements, List<FrameworkRequirement> satisfied,
		List<FrameworkRequirement> evidenced, List<FrameworkRequirement> unsatisfied) {

	public FrameworkCoverage {
		requirements = List.copyOf(requirements);
		satisfied = List.copyOf(satisfied);
		evidenced = List.copyOf(evidenced);
		unsatisfied = List.copyOf(unsatisfied);
	}

	/** Satisfied requirements in percent of those present, 0 when none are present. */
	public double percentSatisfied() {
		return requirements.isEmpty() ? 0 : 100.0 * satisfied.size() / requirements.size();
	}
}
