/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;

import io.stratagem.dsl.validation.AbstractRuleValidator;
import io.stratagem.dsl.validation.services.ScheduleService;
import io.stratagem.model.Capability;
import io.stratagem.model.Deliverable;
import io.stratagem.model.Initiative;
import io.stratagem.model.Phase;
import io.stratagem.model.Roadmap;
import io.stratagem.model.StratagemPackage.Literals;
import io.stratagem.model.UseCase;
import io.stratagem.model.time.StrategyDate;

/** Rules of area ROADMAP: the link to the strategy, schedulable initiatives, deliveries in time. */
public class RoadmapValidator extends AbstractRuleValidator {

	@Inject
	private ScheduleService schedule;

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

	@Check(CheckType.FAST)
	public void deliversInTime(Initiative initiative) {
		LocalDate end = schedule.end(initiative);
		if (end == null) {
			return;
		}
		for (int i = 0; i < initiative.getDeliverables().size(); i++) {
			Deliverable deliverable = initiative.getDeliverables().get(i);
			StrategyDate needed = null;
			String what = null;
			if (deliverable instanceof UseCase useCase && !useCase.eIsProxy()) {
				needed = useCase.getDeployment();
				what = "deployment";
			} else if (deliverable instanceof Capability capability && !capability.eIsProxy()) {
				needed = capability.getAvailableFrom();
				what = "availability";
			}
			if (needed != null && end.isAfter(needed.lastDay())) {
				report(ROADMAP_DELIVERY_AFTER_NEED, initiative, Literals.INITIATIVE__DELIVERABLES, i, name(initiative), name((EObject) deliverable),
						end.toString(), what, needed.toString());
			}
		}
	}
}
