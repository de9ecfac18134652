package io.stratagem.workspace.diff;

/** Whether a finding is new, was already there, or has gone, as SARIF's {@code baselineState} says. */
public enum BaselineState {
	/** Not in the baseline: introduced by the change. */
	NEW("new"),
	/** In the baseline and still there. */
	UNCHANGED("unchanged"),
	/** In the baseline and gone: resolved by the change. */
	ABSENT("absent");

	private final String label;

	BaselineState(String label) {
		this.label = label;
	}

	/** The value of SARIF's {@code baselineState}. */
	public String label() {
		return label;
	}
}
