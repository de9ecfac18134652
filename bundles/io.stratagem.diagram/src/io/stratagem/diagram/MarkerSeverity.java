package io.stratagem.diagram;

/** How serious a validation marker is; declared from the most to the least serious. */
public enum MarkerSeverity {
	ERROR, WARNING, INFO;

	/** The word used in tooltips and CSS classes: {@code error}, {@code warning}, {@code info}. */
	public String word() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
