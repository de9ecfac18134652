package io.stratagem.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.stratagem.diagram.Markers;
import io.stratagem.diagram.render.DiagramExport;
import io.stratagem.diagram.roadmap.InitiativeBar;
import io.stratagem.diagram.roadmap.PhaseBand;
import io.stratagem.diagram.roadmap.RoadmapDiagram;
import io.stratagem.diagram.roadmap.RoadmapLayout;
import io.stratagem.model.Roadmap;
import io.stratagem.roadmap.schedule.Schedule;
import io.stratagem.workspace.report.Finding;

/**
 * The Gantt chart of the roadmap page: the roadmap timeline of {@code io.stratagem.diagram}, laid
 * out by {@link RoadmapLayout} and painted by its SVG painter, the same drawing as
 * {@code stratagem diagram --kind roadmap}, so the two cannot drift apart. Inline SVG (no external
 * resource), every model string escaped by the painter, the same bytes for the same model.
 *
 * <p>A roadmap of several years is wider than a screen: the page scrolls the drawing sideways and
 * keeps a column of names in view beside it, built from the same layout (one block per phase band,
 * one line per row of bars with the names of its initiatives, at the drawing's heights), so that a
 * reader scrolled to the last quarters still sees which phase and initiatives a row holds.
 */
final class RoadmapChart {

	private RoadmapChart() {
	}

	/** The chart as an {@code svg} element, elements with findings marked as on the diagram. */
	static String svg(Roadmap roadmap, Schedule schedule, List<Finding> diagnostics) {
		return DiagramExport.inlineSvg(diagram(roadmap, schedule, diagnostics));
	}

	/**
	 * For the roadmap page: {@code svg}, the drawing; {@code names}, the column kept in view, with its
	 * {@code top} and {@code height} and the {@code bands} and {@code rows} in it, in pixels of the
	 * drawing.
	 */
	static Map<String, Object> view(Roadmap roadmap, Schedule schedule, List<Finding> diagnostics) {
		RoadmapDiagram diagram = diagram(roadmap, schedule, diagnostics);
		double top = RoadmapLayout.BODY_TOP;
		List<Map<String, Object>> bands = new ArrayList<>();
		double bottom = top;
		for (PhaseBand band : diagram.bands()) {
			bands.add(Map.of("top", px(band.bounds().y() - top), "height", px(band.bounds().height()), "label", band.label(), "title",
					band.label() + (band.span().isEmpty() ? "" : " (" + band.span() + ")")));
			bottom = Math.max(bottom, band.bounds().bottom());
		}
		// bars that share a row sit at the same height: one line per row, names in order of start
		Map<Double, List<InitiativeBar>> byRow = new LinkedHashMap<>();
		diagram.bars().stream().sorted(java.util.Comparator.comparingDouble((InitiativeBar b) -> b.bounds().y()).thenComparing(InitiativeBar::start))
				.forEach(bar -> byRow.computeIfAbsent(bar.bounds().y(), y -> new ArrayList<>()).add(bar));
		List<Map<String, Object>> rows = new ArrayList<>();
		byRow.forEach((y, bars) -> {
			String names = String.join(" \u00b7 ", bars.stream().map(InitiativeBar::label).toList());
			rows.add(Map.of("top", px(y - top), "height", px(bars.get(0).bounds().height()), "names", names));
		});
		return Map.of("svg", DiagramExport.inlineSvg(diagram), "names",
				Map.of("top", px(top), "height", px(bottom - top), "width", px(RoadmapLayout.TIMELINE_LEFT), "bands", bands, "rows", rows));
	}

	private static RoadmapDiagram diagram(Roadmap roadmap, Schedule schedule, List<Finding> diagnostics) {
		return new RoadmapLayout().layout(roadmap, schedule, Markers.of(diagnostics));
	}

	/** A length for a style attribute: whole pixels when whole, else one decimal. */
	private static String px(double value) {
		return Math.rint(value) == value ? Long.toString((long) value) : String.format(java.util.Locale.ROOT, "%.1f", value);
	}
}
