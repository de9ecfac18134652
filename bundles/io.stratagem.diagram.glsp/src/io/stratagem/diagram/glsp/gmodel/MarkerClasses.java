package io.stratagem.diagram.glsp.gmodel;

import java.util.ArrayList;
import java.util.List;

import io.stratagem.diagram.Markers;
import io.stratagem.workspace.report.Finding;

/** The CSS class of an element's worst validation marker, as the SVG export writes it. */
final class MarkerClasses {

	private MarkerClasses() {
	}

	static List<String> of(List<Finding> markers) {
		List<String> classes = new ArrayList<>();
		Markers.worst(markers).ifPresent(severity -> classes.add("marker-" + severity.label()));
		return classes;
	}
}
