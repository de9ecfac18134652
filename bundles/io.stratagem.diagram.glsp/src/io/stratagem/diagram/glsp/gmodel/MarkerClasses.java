package io.stratagem.diagram.glsp.gmodel;

import java.util.ArrayList;
import java.util.List;

import io.stratagem.diagram.Marker;
import io.stratagem.diagram.Markers;

/** The CSS class of an element's worst validation marker, as the SVG export writes it. */
final class MarkerClasses {

	private MarkerClasses() {
	}

	static List<String> of(List<Marker> markers) {
		List<String> classes = new ArrayList<>();
		Markers.worst(markers).ifPresent(severity -> classes.add("marker-" + severity.word()));
		return classes;
	}
}
