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
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;

import io.stratagem.dsl.validation.AbstractRuleValidator;
import io.stratagem.dsl.validation.services.Horizon;
import io.stratagem.dsl.validation.services.HorizonService;
import io.stratagem.dsl.validation.services.KpiFreshness;
import io.stratagem.dsl.validation.services.ModelIndex;
import io.stratagem.dsl.validation.services.RoadmapSchedules;
import io.stratagem.model.Capability;
import io.stratagem.model.Deliverable;
import io.stratagem.model.Initiative;
import io.stratagem.model.KPI;
import io.stratagem.model.Measurement;
import io.stratagem.model.Milestone;
import io.stratagem.model.Team;
import io.stratagem.roadmap.capacity.CapacityNote;
import io.stratagem.roadmap.capacity.TeamQuarterLoad;
import io.stratagem.model.Phase;
import io.stratagem.model.Roadmap;
import io.stratagem.model.StratagemPackage.Literals;
import io.stratagem.model.UseCase;
import io.stratagem.model.time.StrategyDate;
import io.stratagem.model.time.TimeBounds;
import io.stratagem.roadmap.schedule.ConflictKind;
import io.stratagem.roadmap.schedule.Schedule;
import io.stratagem.roadmap.schedule.ScheduleConflict;
import io.stratagem.roadmap.schedule.ScheduledInitiative;

/** Rules of area ROADMAP: the link to the strategy, schedulable initiatives, deliveries in time. */
public class RoadmapValidator extends AbstractRuleValidator {

	@Inject
	private KpiFreshness freshness;

	@Inject
	private HorizonService horizons;

	@Check(CheckType.FAST)
	public void linkedToStrategy(Roadmap roadmap) {
		if (roadmap.getStrategy() == null) {
			report(ROADMAP_WITHOUT_STRATEGY, roadmap, null, name(roadmap));
		}
	}

	/**
	 * The initiatives the roadmap engine cannot give a start (the schedule's missing-start conflicts):
	 * not a guess from the declared fields, so an initiative dated by an end and a duration is
	 * schedulable, and one in a dated phase is not (a phase gives no start).
	 */
	@Check(CheckType.FAST)
	public void initiativesSchedulable(Roadmap roadmap) {
		for (ScheduleConflict conflict : RoadmapSchedules.of(roadmap, index(roadmap)).conflicts()) {
			if (conflict.kind() == ConflictKind.MISSING_START && conflict.element() != null && conflict.element().eResource() == roadmap.eResource()) {
				report(ROADMAP_INITIATIVE_UNSCHEDULED, conflict.element(), null, name(conflict.element()));
			}
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
			for (TeamQuarterLoad load : RoadmapSchedules.overAllocations(roadmap, team, index(team))) {
				quarters.add(load.quarter() + " (" + tenths(load.load()) + ")");
				capacity = load.capacity();
			}
			if (!quarters.isEmpty()) {
				report(ROADMAP_TEAM_OVER_ALLOCATED, team, Literals.TEAM__CAPACITY, name(team), tenths(capacity), String.join(", ", quarters), name(roadmap));
			}
		}
	}

	/**
	 * The capacity page's notes on effort it cannot compare with a capacity: on a team (no capacity)
	 * from the team's file, on an initiative (no effort, no team) from the roadmap's. A note that an
	 * initiative is not scheduled is left out: STRAT-ROADMAP-002 or -007 says why.
	 */
	@Check(CheckType.NORMAL)
	public void teamCapacityKnown(Team team) {
		for (TeamNote note : index(team).derived(TEAM_NOTES, RoadmapValidator::teamNotes).getOrDefault(team, List.of())) {
			report(ROADMAP_CAPACITY_UNCHECKED, team, null, name(team), name(note.roadmap()), note.message());
		}
	}

	private record TeamNote(Roadmap roadmap, String message) {
	}

	private static final String TEAM_NOTES = RoadmapValidator.class.getName() + ".teamNotes";

	/** The capacity notes on teams, by team, read once per model snapshot (not once per team). */
	private static Map<Team, List<TeamNote>> teamNotes(ModelIndex index) {
		Map<Team, List<TeamNote>> result = new IdentityHashMap<>();
		for (Roadmap roadmap : index.all(Roadmap.class)) {
			for (CapacityNote note : RoadmapSchedules.capacity(roadmap, index).notes()) {
				if (note.element() instanceof Team team) {
					result.computeIfAbsent(team, t -> new ArrayList<>()).add(new TeamNote(roadmap, note.message()));
				}
			}
		}
		return result;
	}

	@Check(CheckType.NORMAL)
	public void initiativeEffortCounted(Roadmap roadmap) {
		Set<Initiative> unscheduled = new HashSet<>(RoadmapSchedules.of(roadmap, index(roadmap)).unscheduled());
		for (CapacityNote note : RoadmapSchedules.capacity(roadmap, index(roadmap)).notes()) {
			if (note.element() instanceof Initiative initiative && !unscheduled.contains(initiative) && initiative.eResource() == roadmap.eResource()) {
				report(ROADMAP_CAPACITY_UNCHECKED, initiative, null, name(initiative), name(roadmap), note.message());
			}
		}
	}

	private static String tenths(BigDecimal value) {
		return value.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	/**
	 * The engine's schedule conflicts that no other rule reports: cycles (STRAT-STRUCT-003) and a
	 * missing start ({@link #initiativesSchedulable}) have their own rules, an initiative outside its
	 * phase has {@link #initiativesInsideTheirPhase}, and a conflict that only follows from another
	 * initiative being unscheduled would repeat that initiative's finding. An end before the start,
	 * an invalid duration and dates outside the horizon are reported here when their own rules,
	 * which judge the declared values, do not see them.
	 */
	@Check(CheckType.FAST)
	public void scheduleConflicts(Roadmap roadmap) {
		Schedule schedule = RoadmapSchedules.of(roadmap, index(roadmap));
		Horizon horizon = horizons.of(roadmap.getStrategy());
		for (ScheduleConflict conflict : schedule.conflicts()) {
			if (conflict.element() != null && conflict.element().eResource() == roadmap.eResource()
					&& (REPORTED_AS_CONFLICT.contains(conflict.kind()) || notReportedByItsOwnRule(conflict, horizon))) {
				report(ROADMAP_SCHEDULE_CONFLICT, conflict.element(), null, name(conflict.element()), conflict.message());
			}
		}
	}

	/**
	 * The conflicts of kinds that other rules judge on the declared values, when those rules do not
	 * see them: an end before a start that the dependencies give (STRAT-STRUCT-004 compares a declared
	 * start and end), a duration of zero (STRAT-TIME-002 judges durations too long), and scheduled
	 * dates outside the horizon when the declared ones are inside it (STRAT-STRUCT-005).
	 */
	private static boolean notReportedByItsOwnRule(ScheduleConflict conflict, Horizon horizon) {
		if (!(conflict.element() instanceof Initiative initiative)) {
			return false;
		}
		return switch (conflict.kind()) {
		case END_BEFORE_START -> initiative.getStart() == null || initiative.getEnd() == null;
		case INVALID_DURATION -> initiative.getDuration() != null && initiative.getDuration().getAmount() <= 0 && TimeBounds.isWithin(initiative.getDuration());
		case OUTSIDE_HORIZON -> horizon == null || horizon.contains(initiative.getStart()) && horizon.contains(initiative.getEnd());
		default -> false;
		};
	}

	private static final Set<ConflictKind> REPORTED_AS_CONFLICT = EnumSet.of(ConflictKind.START_BEFORE_DEPENDENCY, ConflictKind.DURATION_MISMATCH,
			ConflictKind.MISSING_DURATION, ConflictKind.FOREIGN_DEPENDENCY, ConflictKind.MILESTONE_BEFORE_INITIATIVE,
			ConflictKind.MILESTONE_OUTSIDE_PHASE);
}
