/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.edit;

import static io.stratagem.workspace.edit.EditSupport.file;
import static io.stratagem.workspace.edit.EditSupport.node;
import static io.stratagem.workspace.edit.EditSupport.source;
import static io.stratagem.model.StratagemPackage.Literals.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import io.stratagem.dsl.edit.EditException;
import io.stratagem.dsl.edit.References;
import io.stratagem.dsl.edit.SourceEdits;
import io.stratagem.model.Dependency;
import io.stratagem.model.Duration;
import io.stratagem.model.Initiative;
import io.stratagem.model.Milestone;
import io.stratagem.model.time.StrategyDate;
import io.stratagem.roadmap.Cycles;

/**
 * The gestures of a roadmap, as text changes: initiatives and milestones moved and resized, and
 * dependencies between initiatives added and removed (refused when they would make a cycle).
 */
@Singleton
public class RoadmapEdits {

	@Inject
	private References references;

	/**
	 * Moves an initiative to start in the month nearest to {@code newStart}. An explicit start is
	 * replaced (and an explicit end moved with it); an initiative dated by its end moves its end; one
	 * dated by its dependencies gets an explicit start (the schedule reports it when the
	 * dependencies do not allow it).
	 */
	public ModelChange moveInitiative(Initiative initiative, LocalDate newStart) {
		LocalDate month = nearestMonth(newStart);
		StrategyDate start = StrategyDate.ofMonth(month.getYear(), month.getMonthValue());
		ModelChange.Builder change = new ModelChange.Builder("Move " + initiative.getName() + " to " + start);
		SourceEdits source = source(initiative);
		Path file = file(initiative);
		if (initiative.getStart() != null) {
			long months = ChronoUnit.MONTHS.between(initiative.getStart().firstDay().withDayOfMonth(1), month);
			change.add(file, source.replace(node(initiative, SCHEDULED__START), start.toString()));
			if (initiative.getEnd() != null && months != 0) {
				change.add(file, source.replace(node(initiative, SCHEDULED__END), shift(initiative.getEnd(), months).toString()));
			}
		} else if (initiative.getEnd() != null && initiative.getDependencies().isEmpty() && initiative.getDuration() != null) {
			LocalDate derivedStart = minus(initiative.getEnd().lastDay().plusDays(1), initiative.getDuration());
			long months = ChronoUnit.MONTHS.between(nearestMonth(derivedStart), month);
			change.add(file, source.replace(node(initiative, SCHEDULED__END), shift(initiative.getEnd(), months).toString()));
		} else {
			change.add(file, source.addItem(initiative, "start " + start));
		}
		return change.build();
	}

	/**
	 * Moves a milestone to be due at the end of the month whose last day is nearest to
	 * {@code newDue}: its date becomes that month ({@code at 2027-10}), whatever its precision was.
	 */
	public ModelChange moveMilestone(Milestone milestone, LocalDate newDue) {
		LocalDate month = newDue.minusDays(newDue.lengthOfMonth() / 2).withDayOfMonth(1);
		StrategyDate due = StrategyDate.ofMonth(month.getYear(), month.getMonthValue());
		if (due.equals(milestone.getDate())) {
			throw new EditException(milestone.getName() + " is already due at " + due);
		}
		ModelChange.Builder change = new ModelChange.Builder("Move " + milestone.getName() + " to " + due);
		change.add(file(milestone), source(milestone).replace(node(milestone, MILESTONE__DATE), due.toString()));
		return change.build();
	}

	/** Sets an initiative's duration in whole months (an explicit end moves instead when it has no duration). */
	public ModelChange resizeInitiative(Initiative initiative, int durationMonths) {
		if (durationMonths < 1) {
			throw new EditException("an initiative lasts at least one month; " + initiative.getName() + " cannot be made shorter");
		}
		String duration = durationMonths + (durationMonths == 1 ? " month" : " months");
		ModelChange.Builder change = new ModelChange.Builder("Resize " + initiative.getName() + " to " + duration);
		SourceEdits source = source(initiative);
		Path file = file(initiative);
		if (initiative.getDuration() != null) {
			change.add(file, source.replace(NodeModelUtils.findActualNodeFor(initiative.getDuration()), duration));
		} else if (initiative.getEnd() != null && initiative.getStart() != null) {
			LocalDate last = initiative.getStart().firstDay().withDayOfMonth(1).plusMonths(durationMonths - 1L);
			change.add(file, source.replace(node(initiative, SCHEDULED__END), StrategyDate.ofMonth(last.getYear(), last.getMonthValue()).toString()));
		} else {
			change.add(file, source.addItem(initiative, "duration " + duration));
		}
		return change.build();
	}

	/** Makes {@code dependant} wait for {@code dependedOn} to finish. */
	public ModelChange addDependency(Initiative dependant, Initiative dependedOn) {
		if (dependant == dependedOn) {
			throw new EditException(dependant.getName() + " cannot wait for itself");
		}
		if (dependant.getDependencies().stream().anyMatch(d -> d.getTarget() == dependedOn)) {
			throw new EditException(dependant.getName() + " already waits for " + dependedOn.getName());
		}
		List<Initiative> path = dependencyPath(dependedOn, dependant);
		if (path != null) {
			path.add(0, dependant);
			throw new EditException("this dependency would make a cycle: " + Cycles.text(path, Initiative::getName, " <- ")
					+ "; remove one of these dependencies first");
		}
		return new ModelChange.Builder("Make " + dependant.getName() + " wait for " + dependedOn.getName())
				.add(file(dependant), source(dependant).addItem(dependant, "after " + references.textOf(dependant, dependedOn))).build();
	}

	public ModelChange removeDependency(Initiative dependant, Initiative dependedOn) {
		ModelChange.Builder change = new ModelChange.Builder("Remove the dependency of " + dependant.getName() + " on " + dependedOn.getName());
		SourceEdits source = source(dependant);
		for (Dependency dependency : dependant.getDependencies()) {
			if (dependency.getTarget() == dependedOn) {
				change.add(file(dependant), source.removeItem(dependency));
			}
		}
		ModelChange result = change.build();
		if (result.isEmpty()) {
			throw new EditException(dependant.getName() + " does not wait for " + dependedOn.getName());
		}
		return result;
	}

	/**
	 * The chain of initiatives by which {@code from} waits for {@code to} (the first found depth
	 * first), or null when it does not. Iterative, so a long chain cannot overflow the stack.
	 */
	private static List<Initiative> dependencyPath(Initiative from, Initiative to) {
		Set<Initiative> seen = new HashSet<>();
		Deque<Initiative> path = new ArrayDeque<>();
		Deque<Iterator<Dependency>> pending = new ArrayDeque<>();
		seen.add(from);
		path.addLast(from);
		pending.addLast(from.getDependencies().iterator());
		while (!pending.isEmpty()) {
			Iterator<Dependency> next = pending.peekLast();
			if (!next.hasNext()) {
				pending.removeLast();
				path.removeLast();
				continue;
			}
			Initiative target = next.next().getTarget();
			if (target == null || target.eIsProxy()) {
				continue;
			}
			if (target == to) {
				List<Initiative> result = new ArrayList<>(path);
				result.add(to);
				return result;
			}
			if (seen.add(target)) {
				path.addLast(target);
				pending.addLast(target.getDependencies().iterator());
			}
		}
		return null;
	}

	private static LocalDate nearestMonth(LocalDate day) {
		LocalDate first = day.withDayOfMonth(1);
		return day.getDayOfMonth() > (day.lengthOfMonth() + 1) / 2 ? first.plusMonths(1) : first;
	}

	/** A date moved by whole months, keeping its precision when it can (a quarter moved by 1 month becomes a month). */
	private static StrategyDate shift(StrategyDate date, long months) {
		switch (date.precision()) {
		case QUARTER:
			if (months % 3 == 0) {
				LocalDate first = date.firstDay().plusMonths(months);
				return StrategyDate.ofQuarter(first.getYear(), (first.getMonthValue() - 1) / 3 + 1);
			}
			LocalDate lastMonth = date.lastDay().withDayOfMonth(1).plusMonths(months);
			return StrategyDate.ofMonth(lastMonth.getYear(), lastMonth.getMonthValue());
		case MONTH:
			LocalDate month = date.firstDay().plusMonths(months);
			return StrategyDate.ofMonth(month.getYear(), month.getMonthValue());
		default:
			return StrategyDate.ofDay(date.firstDay().plusMonths(months));
		}
	}

	private static LocalDate minus(LocalDate day, Duration duration) {
		long amount = duration.getAmount();
		return switch (duration.getUnit()) {
		case DAYS -> day.minusDays(amount);
		case WEEKS -> day.minusWeeks(amount);
		case MONTHS -> day.minusMonths(amount);
		case QUARTERS -> day.minusMonths(3 * amount);
		case YEARS -> day.minusYears(amount);
		};
	}
}
