package io.stratagem.diagram;

/** One rule diagnostic shown on a diagram element. */
public record Marker(MarkerSeverity severity, String code, String message) {

	/** The line a tooltip shows, e.g. {@code error STRAT-RISK-001: ...}. */
	public String text() {
		return severity.word() + " " + code + ": " + message;
	}
}
