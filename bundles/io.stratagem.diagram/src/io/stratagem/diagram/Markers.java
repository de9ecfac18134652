package io.stratagem.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Validation markers by the qualified name of the element they are about. Front ends fill it from
 * their diagnostics (the command line from its findings, an editor from its issues), so the
 * diagrams need not know how validation runs.
 */
public final class Markers {

	private final Map<String, List<Marker>> byElement = new LinkedHashMap<>();

	/** No markers at all. */
	public static Markers none() {
		return new Markers();
	}

	/** Adds a marker to the element with this qualified name. */
	public Markers add(String qualifiedName, Marker marker) {
		byElement.computeIfAbsent(qualifiedName, k -> new ArrayList<>()).add(marker);
		return this;
	}

	/** The markers of one element, most serious first, then in the order added. */
	public List<Marker> of(String qualifiedName) {
		List<Marker> markers = new ArrayList<>(byElement.getOrDefault(qualifiedName, List.of()));
		markers.sort(java.util.Comparator.comparing(Marker::severity));
		return List.copyOf(markers);
	}

	/** The most serious severity among some markers, empty when there are none. */
	public static Optional<MarkerSeverity> worst(List<Marker> markers) {
		return markers.stream().map(Marker::severity).min(Enum::compareTo);
	}
}
