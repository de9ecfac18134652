package io.stratagem.report;

import java.util.List;

import io.stratagem.diagram.Marker;
import io.stratagem.diagram.MarkerSeverity;
import io.stratagem.diagram.Markers;
import io.stratagem.diagram.render.DiagramExport;
import io.stratagem.diagram.roadmap.RoadmapLayout;
import io.stratagem.model.Roadmap;
import io.stratagem.roadmap.schedule.Schedule;

/**
 * The Gantt chart of the roadmap page: the roadmap timeline of {@code io.stratagem.diagram}, laid
 * out by {@link RoadmapLayout} and painted by its SVG painter, the same drawing as
 * {@code stratagem diagram --kind roadmap}, so the two cannot drift apart. Inline SVG (no external
 * resource), every model string escaped by the painter, the same bytes for the same model.
 */
final class RoadmapChart {

	private RoadmapChart() {
	}

	/** The chart as an {@code svg} element, elements with findings marked as on the diagram. */
	static String svg(Roadmap roadmap, Schedule schedule, List<ReportDiagnostic> diagnostics) {
		return DiagramExport.inlineSvg(new RoadmapLayout().layout(roadmap, schedule, markers(diagnostics)));
	}

	/** The findings as diagram markers, by the qualified name of the element they are about. */
	static Markers markers(List<ReportDiagnostic> diagnostics) {
		Markers markers = Markers.none();
		for (ReportDiagnostic diagnostic : diagnostics) {
			if (diagnostic.element() != null) {
				MarkerSeverity severity = switch (diagnostic.severity()) {
				case "error" -> MarkerSeverity.ERROR;
				case "warning" -> MarkerSeverity.WARNING;
				default -> MarkerSeverity.INFO;
				};
				markers.add(diagnostic.element(), new Marker(severity, diagnostic.code(), diagnostic.message()));
			}
		}
		return markers;
	}
}
