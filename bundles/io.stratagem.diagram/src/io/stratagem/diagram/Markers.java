package io.stratagem.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.stratagem.workspace.report.Finding;
import io.stratagem.workspace.report.Severity;

/**
 * The findings shown on diagram elements, by the qualified name of the element they are about.
 * Front ends fill it with the findings of their validation (the one {@link Finding} type every
 * front end uses), so the diagrams need not know how validation runs.
 */
public final class Markers {

	private final Map<String, List<Finding>> byElement = new LinkedHashMap<>();

	/** No markers at all. */
	public static Markers none() {
		return new Markers();
	}

	/** The findings that name an element, each on that element. */
	public static Markers of(List<Finding> findings) {
		Markers markers = new Markers();
		findings.stream().filter(f -> f.element() != null).forEach(f -> markers.add(f.element(), f));
		return markers;
	}

	/** Adds a finding to the element with this qualified name. */
	public Markers add(String qualifiedName, Finding finding) {
		byElement.computeIfAbsent(qualifiedName, k -> new ArrayList<>()).add(finding);
		return this;
	}

	/** The findings on one element, most serious first, then in the order added. */
	public List<Finding> of(String qualifiedName) {
		List<Finding> markers = new ArrayList<>(byElement.getOrDefault(qualifiedName, List.of()));
		markers.sort(Comparator.comparing(Finding::severity).reversed());
		return List.copyOf(markers);
	}

	/** The most serious severity among some findings, empty when there are none. */
	public static Optional<Severity> worst(List<Finding> markers) {
		return markers.stream().map(Finding::severity).max(Enum::compareTo);
	}

	/** The line a tooltip shows for a finding, e.g. {@code error STRAT-RISK-001: ...}. */
	public static String text(Finding finding) {
		return finding.severity().label() + " " + finding.code() + ": " + finding.message();
	}
}
