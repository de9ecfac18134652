package io.stratagem.report;

import java.util.List;

import io.stratagem.diagram.Markers;
import io.stratagem.diagram.render.DiagramExport;
import io.stratagem.diagram.roadmap.RoadmapLayout;
import io.stratagem.model.Roadmap;
import io.stratagem.roadmap.schedule.Schedule;
import io.stratagem.workspace.report.Finding;

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
	static String svg(Roadmap roadmap, Schedule schedule, List<Finding> diagnostics) {
		return DiagramExport.inlineSvg(new RoadmapLayout().layout(roadmap, schedule, Markers.of(diagnostics)));
	}
}
