package io.stratagem.roadmap.conformity;

/** How far a requirement is met, from best to worst. */
public enum Evidence {
	/** An operating control satisfies it. */
	EVIDENCED,
	/** Only controls that are planned or being implemented satisfy it. */
	PLANNED,
	/** No control that is not retired satisfies it. */
	MISSING
}
