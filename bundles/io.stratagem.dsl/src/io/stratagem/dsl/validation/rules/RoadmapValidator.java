/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;

import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import io.stratagem.dsl.validation.AbstractRuleValidator;
import io.stratagem.model.Initiative;
import io.stratagem.model.Phase;
import io.stratagem.model.Roadmap;

/** Rules of area ROADMAP: the link to the strategy and schedulable initiatives. */
public class RoadmapValidator extends AbstractRuleValidator {

	@Check(CheckType.FAST)
	public void linkedToStrategy(Roadmap roadmap) {
		if (roadmap.getStrategy() == null) {
			report(ROADMAP_WITHOUT_STRATEGY, roadmap, null, name(roadmap));
		}
	}

	@Check(CheckType.FAST)
	public void initiativeSchedulable(Initiative initiative) {
		boolean inDatedPhase = initiative.eContainer() instanceof Phase phase && phase.getStart() != null;
		if (initiative.getStart() == null && initiative.getDependencies().isEmpty() && !inDatedPhase) {
			report(ROADMAP_INITIATIVE_UNSCHEDULED, initiative, null, name(initiative));
		}
	}
}
