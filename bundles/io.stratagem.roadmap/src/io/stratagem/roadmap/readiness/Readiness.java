package io.stratagem.roadmap.readiness;

/**
 * How ready a use case, or one aspect of it, is, from best to worst.
 *
 * <ul>
 * <li>{@link #READY}: nothing left to do.</li>
 * <li>{@link #ON_TRACK}: something is still to be done, and a plan does it by the use case's
 * go-live (for example a control delivered by an initiative that finishes before deployment).</li>
 * <li>{@link #AT_RISK}: something is still to be done and nothing planned does it by go-live, or a
 * gap that does not stop the use case (a data asset without an owner).</li>
 * <li>{@link #BLOCKED}: the use case may not go live, or go on running, until it is done: an
 * obligation unmet while it is in use, or a hard stop (a rejected ethics review, a capability
 * retired before go-live, a dependency whose delivery was cancelled).</li>
 * </ul>
 */
public enum Readiness {
	READY, ON_TRACK, AT_RISK, BLOCKED;

	/** The worse of two readiness levels. */
	public Readiness worst(Readiness other) {
		return compareTo(other) >= 0 ? this : other;
	}
}
