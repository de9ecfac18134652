package io.stratagem.roadmap.priority;

/** A prioritisation method. */
public enum Method {
	/** Weighted shortest job first: (business value + time criticality + risk reduction) / effort. */
	WSJF,
	/** Reach x impact x confidence (as a fraction) / effort. */
	RICE
}
