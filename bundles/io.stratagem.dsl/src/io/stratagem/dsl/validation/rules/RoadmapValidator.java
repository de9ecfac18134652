/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import io.stratagem.dsl.validation.AbstractRuleValidator;
import io.stratagem.model.Capability;
import io.stratagem.model.Deliverable;
import io.stratagem.model.Initiative;
import io.stratagem.model.Phase;
import io.stratagem.model.Roadmap;
import io.stratagem.model.StratagemPackage.Literals;
import io.stratagem.model.UseCase;
import io.stratagem.model.time.StrategyDate;
import io.stratagem.roadmap.schedule.ScheduleService;
import io.stratagem.roadmap.schedule.ScheduledInitiative;

/** Rules of area ROADMAP: the link to the strategy, schedulable initiatives, deliveries in time. */
public class RoadmapValidator extends AbstractRuleValidator {

	/** The roadmap engine's scheduler (critical path method); stateless. */
	private final ScheduleService schedules = new ScheduleService();

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

	/**
	 * Judges the finish dates of the roadmap engine's schedule (the one the generated site shows),
	 * so an initiative whose dates follow from its dependencies is checked too. One schedule per
	 * roadmap and validation.
	 */
	@Check(CheckType.FAST)
	public void deliversInTime(Roadmap roadmap) {
		for (ScheduledInitiative scheduled : schedules.schedule(roadmap).initiatives()) {
			checkDeliveries(scheduled.initiative(), scheduled.earlyFinish());
		}
	}

	private void checkDeliveries(Initiative initiative, LocalDate end) {
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
