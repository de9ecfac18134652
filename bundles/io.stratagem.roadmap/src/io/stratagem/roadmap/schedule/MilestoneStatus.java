package io.stratagem.roadmap.schedule;

import java.time.LocalDate;

import io.stratagem.model.Milestone;
import io.stratagem.model.Phase;

/**
 * A milestone against the initiatives it waits for.
 *
 * @param due      the last day of the milestone's date span, or {@code null} when it has no date
 * @param reachable the day after which every initiative it waits for has finished (the latest
 *                 early finish), or {@code null} when it waits for none or one cannot be scheduled
 * @param met      whether it has a date and every initiative it waits for finishes on or before it
 */
public record MilestoneStatus(Milestone milestone, Phase phase, LocalDate due, LocalDate reachable, boolean met) {
}
