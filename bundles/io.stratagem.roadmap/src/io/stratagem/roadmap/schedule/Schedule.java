package io.stratagem.roadmap.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.stratagem.model.Initiative;

/**
 * The computed schedule of a roadmap.
 *
 * @param initiatives  every initiative that could be scheduled, in declaration order (phases first,
 *                     then initiatives placed directly in the roadmap)
 * @param unscheduled  initiatives with no dates because of a conflict reported in {@code conflicts}
 * @param milestones   every milestone, in declaration order
 * @param criticalPath the chain of critical initiatives that drives the end date, first to last
 * @param start        the earliest early start, or {@code null} when nothing could be scheduled
 * @param end          the date late finishes are measured against: the last day of the strategy
 *                     horizon, else the latest early finish; {@code null} when nothing is scheduled
 * @param conflicts    every conflict, in the order found
 */
public record Schedule(List<ScheduledInitiative> initiatives, List<Initiative> unscheduled, List<MilestoneStatus> milestones,
		List<Initiative> criticalPath, LocalDate start, LocalDate end, List<ScheduleConflict> conflicts) {

	public Schedule {
		initiatives = List.copyOf(initiatives);
		unscheduled = List.copyOf(unscheduled);
		milestones = List.copyOf(milestones);
		criticalPath = List.copyOf(criticalPath);
		conflicts = List.copyOf(conflicts);
	}

	/** The dates of one initiative, empty when it is not scheduled. */
	public Optional<ScheduledInitiative> of(Initiative initiative) {
		return initiatives.stream().filter(s -> s.initiative() == initiative).findFirst();
	}

	/** The conflicts about one element (initiative or milestone). */
	public List<ScheduleConflict> conflictsOf(Object element) {
		return conflicts.stream().filter(c -> c.element() == element).toList();
	}
}
