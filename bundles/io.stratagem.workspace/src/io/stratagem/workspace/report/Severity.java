package io.stratagem.workspace.report;

import java.util.Locale;

/** Severity of a finding, ordered from least to most severe. */
public enum Severity {
	INFO, WARNING, ERROR;

	/** The lower-case name used in every report format. */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The severity of an Xtext validation issue (Xtext's IGNORE never reaches a report: it counts as info). */
	public static Severity of(org.eclipse.xtext.diagnostics.Severity severity) {
		return switch (severity) {
		case ERROR -> ERROR;
		case WARNING -> WARNING;
		default -> INFO;
		};
	}

	public boolean atLeast(Severity threshold) {
		return compareTo(threshold) >= 0;
	}
}
