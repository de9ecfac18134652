package io.stratagem.roadmap.schedule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.stratagem.model.Dependency;
import io.stratagem.model.DependencyType;
import io.stratagem.model.Duration;
import io.stratagem.model.Initiative;
import io.stratagem.model.Milestone;
import io.stratagem.model.NamedElement;
import io.stratagem.model.Phase;
import io.stratagem.model.Roadmap;
import io.stratagem.model.Strategy;
import io.stratagem.model.time.StrategyDate;
import io.stratagem.model.time.TimeBounds;
import io.stratagem.roadmap.Cycles;
import io.stratagem.roadmap.Cycles.Cycle;

/**
 * Computes the dates of a roadmap with the critical path method, at day granularity.
 *
 * <p>Conventions, chosen so that a plan written in months reads as people mean it:
 * <ul>
 * <li>An explicit start is the first day of its span ({@code start 2027-03} is 1 March), an
 * explicit end the last day of its span ({@code end 2027-Q2} is 30 June).</li>
 * <li>A duration ends the day before the same calendar point one duration later: 2 months from
 * 1 January finish on 28 February.</li>
 * <li>Finish-to-start: the dependant may start on the day after the other finishes, plus the lag.
 * Start-to-start: on the day the other starts, plus the lag. Lags are calendar amounts.</li>
 * <li>An explicit start wins over dependencies; when it is earlier than they allow, that is a
 * {@link ConflictKind#START_BEFORE_DEPENDENCY} conflict and the explicit date is kept.</li>
 * <li>Late dates are measured against the last day of the strategy horizon when the roadmap's
 * strategy has one, else against the latest early finish. The backward pass keeps each
 * initiative's length in days.</li>
 * <li>Critical initiatives are those with the least total slack, which is zero when the plan fills
 * its end date and positive when the horizon leaves room; the critical path follows binding
 * dependencies backwards from the critical initiative that finishes last.</li>
 * </ul>
 * Conflicts are reported in the result and never repaired; an initiative whose dates cannot be
 * derived is listed as unscheduled, and so is everything that depends on it.
 */
public class ScheduleService {

	/** Schedules every initiative and milestone of the roadmap, in its phases and directly in it. */
	public Schedule schedule(Roadmap roadmap) {
		return new Computation(roadmap).run();
	}

	/** Early dates of a scheduled initiative and the earliest start its dependencies allowed. */
	private record Early(LocalDate start, LocalDate finish, LocalDate dependencyBound) {
	}

	/** Mutable state of one scheduling run; never shared. */
	private static final class Computation {

		private final Roadmap roadmap;
		private final Map<Initiative, Phase> phaseOf = new LinkedHashMap<>();
		private final List<ScheduleConflict> conflicts = new ArrayList<>();
		private final Map<Initiative, Early> early = new HashMap<>();
		private final List<Initiative> order = new ArrayList<>();
		private final Set<Initiative> visited = new HashSet<>();
		private final Set<Initiative> unschedulable = new HashSet<>();

		Computation(Roadmap roadmap) {
			this.roadmap = roadmap;
			for (Phase phase : roadmap.getPhases()) {
				for (Initiative initiative : phase.getInitiatives()) {
					phaseOf.put(initiative, phase);
				}
			}
			for (Initiative initiative : roadmap.getInitiatives()) {
				phaseOf.put(initiative, null);
			}
		}

		Schedule run() {
			reportForeignDependencies();
			Set<Initiative> cyclic = reportCycles();
			unschedulable.addAll(cyclic);
			for (Initiative initiative : phaseOf.keySet()) {
				visit(initiative);
			}
			checkPhasesAndHorizon();
			LocalDate end = end();
			Map<Initiative, LocalDate> lateFinish = backwardPass(end);
			List<ScheduledInitiative> scheduled = new ArrayList<>();
			long leastSlack = Long.MAX_VALUE;
			for (Initiative initiative : order) {
				Early e = early.get(initiative);
				long length = ChronoUnit.DAYS.between(e.start(), e.finish());
				LocalDate lateStart = lateFinish.get(initiative).minusDays(length);
				leastSlack = Math.min(leastSlack, ChronoUnit.DAYS.between(e.start(), lateStart));
			}
			for (Initiative initiative : phaseOf.keySet()) {
				Early e = early.get(initiative);
				if (e == null) {
					continue;
				}
				long length = ChronoUnit.DAYS.between(e.start(), e.finish());
				LocalDate lf = lateFinish.get(initiative);
				LocalDate ls = lf.minusDays(length);
				long slack = ChronoUnit.DAYS.between(e.start(), ls);
				scheduled.add(new ScheduledInitiative(initiative, phaseOf.get(initiative), e.start(), e.finish(), ls, lf, slack, slack == leastSlack));
			}
			List<Initiative> unscheduled = phaseOf.keySet().stream().filter(i -> !early.containsKey(i)).toList();
			List<MilestoneStatus> milestones = milestones();
			LocalDate start = early.values().stream().map(Early::start).min(LocalDate::compareTo).orElse(null);
			return new Schedule(scheduled, unscheduled, milestones, criticalPath(scheduled), start, end, conflicts);
		}

		private void reportForeignDependencies() {
			for (Initiative initiative : phaseOf.keySet()) {
				for (Dependency dependency : initiative.getDependencies()) {
					Initiative target = dependency.getTarget();
					if (target == null || !phaseOf.containsKey(target)) {
						conflict(initiative, ConflictKind.FOREIGN_DEPENDENCY,
								label(initiative) + " depends on " + label(target) + ", which is not an initiative of roadmap " + label(roadmap)
										+ "; that dependency is not scheduled");
					}
				}
			}
		}

		/**
		 * Finds the dependency cycles (strongly connected components, iteratively: {@link Cycles});
		 * every member is unschedulable, and each cycle is one conflict on its first member.
		 */
		private Set<Initiative> reportCycles() {
			Set<Initiative> cyclic = new HashSet<>();
			for (Cycle<Initiative> cycle : Cycles.of(new ArrayList<>(phaseOf.keySet()), this::predecessors)) {
				cyclic.addAll(cycle.members());
				List<Initiative> through = cycle.path().size() > 2 ? cycle.path().subList(1, cycle.path().size() - 1) : List.of(cycle.first());
				conflict(cycle.first(), ConflictKind.DEPENDENCY_CYCLE,
						label(cycle.first()) + " is part of a dependency cycle through " + Cycles.text(through, Computation::label, ", "));
			}
			return cyclic;
		}

		/** Initiatives of this roadmap that {@code initiative} depends on, in declaration order, each once. */
		private List<Initiative> predecessors(Initiative initiative) {
			Set<Initiative> result = new LinkedHashSet<>();
			for (Dependency dependency : initiative.getDependencies()) {
				Initiative target = dependency.getTarget();
				if (target != null && phaseOf.containsKey(target)) {
					result.add(target);
				}
			}
			return new ArrayList<>(result);
		}

		/**
		 * Schedules the initiative after everything it depends on: depth first in post-order, with
		 * an explicit stack so that a long chain of dependencies cannot overflow the call stack
		 * (cycles are excluded beforehand).
		 */
		private void visit(Initiative root) {
			if (!visited.add(root) || unschedulable.contains(root)) {
				return;
			}
			Deque<Initiative> nodes = new ArrayDeque<>();
			Deque<Iterator<Initiative>> pending = new ArrayDeque<>();
			nodes.push(root);
			pending.push(predecessors(root).iterator());
			while (!nodes.isEmpty()) {
				Iterator<Initiative> next = pending.peek();
				if (next.hasNext()) {
					Initiative predecessor = next.next();
					if (visited.add(predecessor) && !unschedulable.contains(predecessor)) {
						nodes.push(predecessor);
						pending.push(predecessors(predecessor).iterator());
					}
					continue;
				}
				pending.pop();
				Initiative initiative = nodes.pop();
				Early e = forward(initiative);
				if (e == null) {
					unschedulable.add(initiative);
				} else {
					early.put(initiative, e);
					order.add(initiative);
				}
			}
		}

		private Early forward(Initiative initiative) {
			LocalDate bound = null;
			boolean blocked = false;
			for (Dependency dependency : initiative.getDependencies()) {
				Initiative target = dependency.getTarget();
				if (target == null || !phaseOf.containsKey(target)) {
					continue;
				}
				Early other = early.get(target);
				if (other == null) {
					if (!unschedulable.contains(initiative)) {
						conflict(initiative, ConflictKind.UNSCHEDULED_DEPENDENCY,
								label(initiative) + " cannot be scheduled: it depends on " + label(target) + ", which cannot be scheduled");
					}
					blocked = true;
					continue;
				}
				if (!TimeBounds.isWithin(dependency.getLag())) {
					conflict(initiative, ConflictKind.INVALID_DURATION, label(initiative) + " waits for " + label(target) + " with a lag of "
							+ Durations.text(dependency.getLag()) + "; a lag must be at most " + TimeBounds.LONGEST_YEARS + " years");
					blocked = true;
					continue;
				}
				LocalDate allowed = allowedStart(dependency, other);
				if (bound == null || allowed.isAfter(bound)) {
					bound = allowed;
				}
			}
			if (blocked) {
				return null;
			}
			Duration duration = initiative.getDuration();
			if (duration != null && duration.getAmount() <= 0) {
				conflict(initiative, ConflictKind.INVALID_DURATION,
						label(initiative) + " has a duration of " + Durations.text(duration) + "; a duration must be positive");
				return null;
			}
			if (!TimeBounds.isWithin(duration)) {
				conflict(initiative, ConflictKind.INVALID_DURATION, label(initiative) + " has a duration of " + Durations.text(duration)
						+ "; a duration must be at most " + TimeBounds.LONGEST_YEARS + " years");
				return null;
			}
			StrategyDate explicitStart = initiative.getStart();
			StrategyDate explicitEnd = initiative.getEnd();
			LocalDate start;
			if (explicitStart != null) {
				start = explicitStart.firstDay();
				if (bound != null && start.isBefore(bound)) {
					conflict(initiative, ConflictKind.START_BEFORE_DEPENDENCY,
							label(initiative) + " starts on " + start + " but its dependencies allow " + bound + " at the earliest");
				}
			} else if (bound != null) {
				start = bound;
			} else if (explicitEnd != null && duration != null) {
				start = Durations.minus(explicitEnd.lastDay().plusDays(1), duration);
			} else {
				conflict(initiative, ConflictKind.MISSING_START,
						label(initiative) + " has no start date, no dependency and no end with a duration, so its start is unknown");
				return null;
			}
			LocalDate finish;
			if (explicitEnd != null) {
				finish = explicitEnd.lastDay();
				if (duration != null && (explicitStart != null || bound != null)) {
					LocalDate byDuration = Durations.plus(start, duration).minusDays(1);
					if (!byDuration.equals(finish)) {
						conflict(initiative, ConflictKind.DURATION_MISMATCH, label(initiative) + " ends on " + finish + " but a duration of "
								+ Durations.text(duration) + " from " + start + " ends on " + byDuration);
					}
				}
			} else if (duration != null) {
				finish = Durations.plus(start, duration).minusDays(1);
			} else {
				conflict(initiative, ConflictKind.MISSING_DURATION, label(initiative) + " has neither a duration nor an end date");
				return null;
			}
			if (finish.isBefore(start)) {
				conflict(initiative, ConflictKind.END_BEFORE_START, label(initiative) + " ends on " + finish + ", before it starts on " + start);
				return null;
			}
			return new Early(start, finish, bound);
		}

		private static LocalDate allowedStart(Dependency dependency, Early other) {
			LocalDate anchor = dependency.getType() == DependencyType.START_TO_START ? other.start() : other.finish().plusDays(1);
			return Durations.plus(anchor, dependency.getLag());
		}

		private void checkPhasesAndHorizon() {
			Strategy strategy = roadmap.getStrategy();
			for (Initiative initiative : order) {
				Early e = early.get(initiative);
				Phase phase = phaseOf.get(initiative);
				if (phase != null) {
					LocalDate from = phase.getStart() == null ? null : phase.getStart().firstDay();
					LocalDate to = phase.getEnd() == null ? null : phase.getEnd().lastDay();
					if (from != null && e.start().isBefore(from) || to != null && e.finish().isAfter(to)) {
						conflict(initiative, ConflictKind.OUTSIDE_PHASE, label(initiative) + " runs from " + e.start() + " to " + e.finish()
								+ ", outside its phase " + label(phase) + " (" + span(from, to) + ")");
					}
				}
				if (strategy != null) {
					LocalDate from = strategy.getHorizonStart() == null ? null : strategy.getHorizonStart().firstDay();
					LocalDate to = strategy.getHorizonEnd() == null ? null : strategy.getHorizonEnd().lastDay();
					if (from != null && e.start().isBefore(from) || to != null && e.finish().isAfter(to)) {
						conflict(initiative, ConflictKind.OUTSIDE_HORIZON, label(initiative) + " runs from " + e.start() + " to " + e.finish()
								+ ", outside the horizon of strategy " + label(strategy) + " (" + span(from, to) + ")");
					}
				}
			}
		}

		private LocalDate end() {
			Strategy strategy = roadmap.getStrategy();
			if (strategy != null && strategy.getHorizonEnd() != null) {
				return strategy.getHorizonEnd().lastDay();
			}
			return early.values().stream().map(Early::finish).max(LocalDate::compareTo).orElse(null);
		}

		/** Late finishes, from the last scheduled initiative back to the first. */
		private Map<Initiative, LocalDate> backwardPass(LocalDate end) {
			Map<Initiative, List<Dependency>> dependants = new HashMap<>();
			for (Initiative initiative : order) {
				for (Dependency dependency : initiative.getDependencies()) {
					if (early.containsKey(dependency.getTarget())) {
						dependants.computeIfAbsent(dependency.getTarget(), k -> new ArrayList<>()).add(dependency);
					}
				}
			}
			Map<Initiative, LocalDate> lateFinish = new HashMap<>();
			Map<Initiative, LocalDate> lateStart = new HashMap<>();
			for (int i = order.size() - 1; i >= 0; i--) {
				Initiative initiative = order.get(i);
				Early e = early.get(initiative);
				long length = ChronoUnit.DAYS.between(e.start(), e.finish());
				LocalDate latest = end;
				for (Dependency dependency : dependants.getOrDefault(initiative, List.of())) {
					LocalDate dependantLateStart = lateStart.get((Initiative) dependency.eContainer());
					LocalDate limit = Durations.minus(dependantLateStart, dependency.getLag());
					LocalDate finishLimit = dependency.getType() == DependencyType.START_TO_START ? limit.plusDays(length) : limit.minusDays(1);
					if (finishLimit.isBefore(latest)) {
						latest = finishLimit;
					}
				}
				lateFinish.put(initiative, latest);
				lateStart.put(initiative, latest.minusDays(length));
			}
			return lateFinish;
		}

		/** Follows binding dependencies back from the critical initiative that finishes last. */
		private List<Initiative> criticalPath(List<ScheduledInitiative> scheduled) {
			Map<Initiative, ScheduledInitiative> byInitiative = new HashMap<>();
			ScheduledInitiative last = null;
			for (ScheduledInitiative s : scheduled) {
				byInitiative.put(s.initiative(), s);
				if (s.critical() && (last == null || s.earlyFinish().isAfter(last.earlyFinish()))) {
					last = s;
				}
			}
			List<Initiative> path = new ArrayList<>();
			Set<Initiative> onPath = new HashSet<>();
			ScheduledInitiative current = last;
			while (current != null) {
				path.add(current.initiative());
				onPath.add(current.initiative());
				ScheduledInitiative next = null;
				for (Dependency dependency : current.initiative().getDependencies()) {
					ScheduledInitiative other = byInitiative.get(dependency.getTarget());
					if (other != null && other.critical() && !onPath.contains(other.initiative())
							&& allowedStart(dependency, early.get(other.initiative())).equals(current.earlyStart())) {
						next = other;
						break;
					}
				}
				current = next;
			}
			Collections.reverse(path);
			return path;
		}

		private List<MilestoneStatus> milestones() {
			List<MilestoneStatus> result = new ArrayList<>();
			for (Phase phase : roadmap.getPhases()) {
				for (Milestone milestone : phase.getMilestones()) {
					result.add(milestone(milestone, phase));
				}
			}
			for (Milestone milestone : roadmap.getMilestones()) {
				result.add(milestone(milestone, null));
			}
			return result;
		}

		private MilestoneStatus milestone(Milestone milestone, Phase phase) {
			LocalDate due = milestone.getDate() == null ? null : milestone.getDate().lastDay();
			LocalDate reachable = null;
			boolean complete = true;
			boolean met = due != null;
			if (phase != null && milestone.getDate() != null) {
				LocalDate from = phase.getStart() == null ? null : phase.getStart().firstDay();
				LocalDate to = phase.getEnd() == null ? null : phase.getEnd().lastDay();
				if (from != null && milestone.getDate().firstDay().isBefore(from) || to != null && due.isAfter(to)) {
					conflict(milestone, ConflictKind.MILESTONE_OUTSIDE_PHASE, "Milestone " + label(milestone) + " at " + milestone.getDate()
							+ " lies outside its phase " + label(phase) + " (" + span(from, to) + ")");
				}
			}
			for (Initiative initiative : milestone.getAfter()) {
				Early e = early.get(initiative);
				if (e == null) {
					complete = false;
					met = false;
					conflict(milestone, ConflictKind.MILESTONE_UNSCHEDULED_INITIATIVE,
							"Milestone " + label(milestone) + " waits for " + label(initiative) + ", which is not scheduled");
					continue;
				}
				if (reachable == null || e.finish().isAfter(reachable)) {
					reachable = e.finish();
				}
				if (due != null && e.finish().isAfter(due)) {
					met = false;
					conflict(milestone, ConflictKind.MILESTONE_BEFORE_INITIATIVE,
							"Milestone " + label(milestone) + " is due by " + due + " but " + label(initiative) + " finishes on " + e.finish());
				}
			}
			return new MilestoneStatus(milestone, phase, due, complete ? reachable : null, met);
		}

		private void conflict(NamedElement element, ConflictKind kind, String message) {
			conflicts.add(new ScheduleConflict(element, kind, message));
		}

		private static String span(LocalDate from, LocalDate to) {
			return (from == null ? "open" : from.toString()) + " to " + (to == null ? "open" : to.toString());
		}

		private static String label(NamedElement element) {
			return element == null || element.getName() == null ? "an unresolved element" : element.getName();
		}
	}
}
