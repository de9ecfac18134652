package io.stratagem.cli.report;

import java.util.Locale;

/** Severity of a finding, ordered from least to most severe. */
public enum Severity {
	INFO, WARNING, ERROR;

	/** The lower-case name used in every report format. */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	public boolean atLeast(Severity threshold) {
		return compareTo(threshold) >= 0;
	}
}
