package io.stratagem.roadmap.priority;

/** Where a use case falls in the value/effort matrix. */
public enum Quadrant {
	/** High value, low effort: do first. */
	QUICK_WIN,
	/** High value, high effort: plan carefully. */
	MAJOR_PROJECT,
	/** Low value, low effort: do when there is room. */
	FILL_IN,
	/** Low value, high effort: avoid. */
	THANKLESS_TASK
}
