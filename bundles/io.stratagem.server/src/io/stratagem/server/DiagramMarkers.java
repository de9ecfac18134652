package io.stratagem.server;

import java.util.List;

import io.stratagem.diagram.Marker;
import io.stratagem.diagram.MarkerSeverity;
import io.stratagem.diagram.Markers;
import io.stratagem.workspace.report.Finding;

/** The markers a diagram shows for findings: one per finding on a model element, as stratagem diagram and the previews draw them. */
public final class DiagramMarkers {

	private DiagramMarkers() {
	}

	public static Markers of(List<Finding> findings) {
		Markers markers = Markers.none();
		for (Finding finding : findings) {
			if (finding.element() != null) {
				MarkerSeverity severity = switch (finding.severity()) {
				case ERROR -> MarkerSeverity.ERROR;
				case WARNING -> MarkerSeverity.WARNING;
				default -> MarkerSeverity.INFO;
				};
				markers.add(finding.element(), new Marker(severity, finding.code(), finding.message()));
			}
		}
		return markers;
	}
}
