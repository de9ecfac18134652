package io.stratagem.roadmap.readiness;

/** How ready one aspect of a use case is, from best to worst. */
public enum Readiness {
	READY, AT_RISK, MISSING;

	/** The worse of two readiness levels. */
	public Readiness worst(Readiness other) {
		return compareTo(other) >= 0 ? this : other;
	}
}
