package io.stratagem.roadmap.schedule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import io.stratagem.model.Initiative;
import io.stratagem.model.Phase;

/**
 * The computed dates of one initiative. Every date is a day; a finish is the last day of work
 * (inclusive). Early dates follow from the plan as written, late dates are the latest that still
 * let every dependant and the roadmap end keep their dates.
 *
 * @param phase        the phase the initiative is declared in, or {@code null} for one directly in
 *                     the roadmap
 * @param totalSlack   days the initiative can slip without moving the roadmap end (late start
 *                     minus early start); negative when the plan already overruns
 * @param critical     whether the initiative has the least slack of the roadmap, i.e. lies on the
 *                     chain that drives the end date
 */
public record ScheduledInitiative(Initiative initiative, Phase phase, LocalDate earlyStart, LocalDate earlyFinish,
		LocalDate lateStart, LocalDate lateFinish, long totalSlack, boolean critical) {

	/** Length in days, both ends included. */
	public long days() {
		return ChronoUnit.DAYS.between(earlyStart, earlyFinish) + 1;
	}
}
