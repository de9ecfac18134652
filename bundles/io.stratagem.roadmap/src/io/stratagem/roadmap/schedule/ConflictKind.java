package io.stratagem.roadmap.schedule;

/** What is wrong with the plan as written; each kind is reported, never repaired. */
public enum ConflictKind {
	/** The initiative depends on itself, directly or through others. */
	DEPENDENCY_CYCLE,
	/** A dependency names an initiative that is not part of this roadmap. */
	FOREIGN_DEPENDENCY,
	/** A dependency names an initiative that cannot be scheduled, so this one cannot be either. */
	UNSCHEDULED_DEPENDENCY,
	/** The explicit start is earlier than a dependency allows. */
	START_BEFORE_DEPENDENCY,
	/** Neither a start date, nor a dependency, nor an end with a duration gives a start. */
	MISSING_START,
	/** Neither a duration nor an end date gives a finish. */
	MISSING_DURATION,
	/** The duration is zero or negative, or it or a lag is longer than the time bounds allow. */
	INVALID_DURATION,
	/** Start, end and duration are all given and disagree. */
	DURATION_MISMATCH,
	/** The finish is before the start. */
	END_BEFORE_START,
	/** The initiative runs outside the dates of its phase. */
	OUTSIDE_PHASE,
	/** The initiative runs outside the horizon of the roadmap's strategy. */
	OUTSIDE_HORIZON,
	/** A milestone is due before an initiative it waits for finishes. */
	MILESTONE_BEFORE_INITIATIVE,
	/** A milestone's date lies outside the dates of its phase. */
	MILESTONE_OUTSIDE_PHASE,
	/** A milestone waits for an initiative that cannot be scheduled. */
	MILESTONE_UNSCHEDULED_INITIATIVE
}
