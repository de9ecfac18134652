/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;

import io.stratagem.dsl.validation.AbstractRuleValidator;
import io.stratagem.dsl.validation.services.KpiFreshness;
import io.stratagem.dsl.validation.services.RoadmapSchedules;
import io.stratagem.model.Capability;
import io.stratagem.model.Deliverable;
import io.stratagem.model.Initiative;
import io.stratagem.model.KPI;
import io.stratagem.model.Measurement;
import io.stratagem.model.Milestone;
import io.stratagem.model.Team;
import io.stratagem.roadmap.capacity.TeamQuarterLoad;
import io.stratagem.model.Phase;
import io.stratagem.model.Roadmap;
import io.stratagem.model.StratagemPackage.Literals;
import io.stratagem.model.UseCase;
import io.stratagem.model.time.StrategyDate;
import io.stratagem.roadmap.schedule.ConflictKind;
import io.stratagem.roadmap.schedule.Schedule;
import io.stratagem.roadmap.schedule.ScheduleConflict;
import io.stratagem.roadmap.schedule.ScheduledInitiative;

/** Rules of area ROADMAP: the link to the strategy, schedulable initiatives, deliveries in time. */
public class RoadmapValidator extends AbstractRuleValidator {

	@Inject
	private KpiFreshness freshness;

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
		for (ScheduledInitiative scheduled : RoadmapSchedules.of(roadmap, index(roadmap)).initiatives()) {
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

	/** Judges the dates of the roadmap engine's schedule against the phase each initiative is declared in. */
	@Check(CheckType.FAST)
	public void initiativesInsideTheirPhase(Roadmap roadmap) {
		for (ScheduledInitiative scheduled : RoadmapSchedules.of(roadmap, index(roadmap)).initiatives()) {
			Phase phase = scheduled.phase();
			if (phase == null) {
				continue;
			}
			LocalDate from = phase.getStart() == null ? null : phase.getStart().firstDay();
			LocalDate to = phase.getEnd() == null ? null : phase.getEnd().lastDay();
			if (from != null && scheduled.earlyStart().isBefore(from) || to != null && scheduled.earlyFinish().isAfter(to)) {
				report(ROADMAP_INITIATIVE_OUTSIDE_PHASE, scheduled.initiative(), null, name(scheduled.initiative()), scheduled.earlyStart().toString(),
						scheduled.earlyFinish().toString(), name(phase), span(phase.getStart(), phase.getEnd()));
			}
		}
	}

	private static String span(StrategyDate from, StrategyDate to) {
		return (from == null ? "open" : from.toString()) + " to " + (to == null ? "open" : to.toString());
	}

	private static final String LATEST_MEASUREMENT = RoadmapValidator.class.getName() + ".latest";

	/**
	 * A gate due by the reference date (the profile's asOf, else the model's latest measurement)
	 * needs a measurement of its KPI on or before the gate; later gates are not yet due.
	 */
	@Check(CheckType.NORMAL)
	public void gatesMeasured(Milestone milestone) {
		if (milestone.getDate() == null || milestone.getGates().isEmpty()) {
			return;
		}
		StrategyDate asOf = profile(milestone).asOf();
		if (asOf == null) {
			asOf = index(milestone).derived(LATEST_MEASUREMENT, index -> freshness.latestInModel(index.all(KPI.class)));
		}
		LocalDate due = milestone.getDate().lastDay();
		if (asOf == null || due.isAfter(asOf.lastDay())) {
			return;
		}
		for (int i = 0; i < milestone.getGates().size(); i++) {
			KPI kpi = milestone.getGates().get(i);
			if (resolved(kpi) && !measuredBy(kpi, due)) {
				report(ROADMAP_GATE_UNMEASURED, milestone, Literals.MILESTONE__GATES, i, name(milestone), milestone.getDate().toString(), name(kpi));
			}
		}
	}

	private static boolean measuredBy(KPI kpi, LocalDate day) {
		for (Measurement measurement : kpi.getMeasurements()) {
			if (measurement.getDate() != null && !measurement.getDate().lastDay().isAfter(day)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The over-allocated quarters of the engine's capacity plan (the generated capacity page), one
	 * finding per team and roadmap listing the quarters with their loads (rounded to a tenth).
	 */
	@Check(CheckType.NORMAL)
	public void teamWithinCapacity(Team team) {
		for (Roadmap roadmap : index(team).all(Roadmap.class)) {
			List<String> quarters = new ArrayList<>();
			BigDecimal capacity = null;
			for (TeamQuarterLoad load : RoadmapSchedules.overAllocations(roadmap, index(team)).getOrDefault(team, List.of())) {
				quarters.add(load.quarter() + " (" + tenths(load.load()) + ")");
				capacity = load.capacity();
			}
			if (!quarters.isEmpty()) {
				report(ROADMAP_TEAM_OVER_ALLOCATED, team, Literals.TEAM__CAPACITY, name(team), tenths(capacity), String.join(", ", quarters), name(roadmap));
			}
		}
	}

	private static String tenths(BigDecimal value) {
		return value.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	/**
	 * The engine's schedule conflicts that no other rule reports: cycles, end before start, a
	 * missing start, durations out of bounds and dates outside the horizon have their own rules,
	 * an initiative outside its phase has {@link #initiativesInsideTheirPhase}, and a conflict that
	 * only follows from another initiative being unscheduled would repeat that initiative's finding.
	 */
	@Check(CheckType.FAST)
	public void scheduleConflicts(Roadmap roadmap) {
		Schedule schedule = RoadmapSchedules.of(roadmap, index(roadmap));
		for (ScheduleConflict conflict : schedule.conflicts()) {
			if (REPORTED_AS_CONFLICT.contains(conflict.kind()) && conflict.element() != null && conflict.element().eResource() == roadmap.eResource()) {
				report(ROADMAP_SCHEDULE_CONFLICT, conflict.element(), null, name(conflict.element()), conflict.message());
			}
		}
	}

	private static final Set<ConflictKind> REPORTED_AS_CONFLICT = EnumSet.of(ConflictKind.START_BEFORE_DEPENDENCY, ConflictKind.DURATION_MISMATCH,
			ConflictKind.MISSING_DURATION, ConflictKind.FOREIGN_DEPENDENCY, ConflictKind.MILESTONE_BEFORE_INITIATIVE,
			ConflictKind.MILESTONE_OUTSIDE_PHASE);
}
