package io.stratagem.workspace.report;

import java.util.List;
import java.util.Map;

/**
 * Everything a report says about one validation run.
 *
 * @param files      the model files, as shown to the user, in order
 * @param elements   instances per metamodel class name, over all files
 * @param findings   every finding, in compiler order
 * @param failOn     the least severity that fails the run, or null when nothing fails it
 */
public record ValidationReport(String version, List<String> files, Map<String, Integer> elements, List<Finding> findings, Severity failOn) {

	public long count(Severity severity) {
		return findings.stream().filter(f -> f.severity() == severity).count();
	}

	/** True when a finding is at or above the failing severity. */
	public boolean failed() {
		return failOn != null && findings.stream().anyMatch(f -> f.severity().atLeast(failOn));
	}
}
