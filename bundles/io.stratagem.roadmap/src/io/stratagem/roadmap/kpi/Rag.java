package io.stratagem.roadmap.kpi;

/** The status of a KPI. */
public enum Rag {
	/** On or inside its thresholds. */
	GREEN,
	/** Beyond the amber threshold. */
	AMBER,
	/** Beyond the red threshold. */
	RED,
	/** No measurement yet. */
	NO_DATA,
	/** Measured, but there is nothing to rate the value against (no thresholds, or a range without a target). */
	UNRATED
}
