package io.stratagem.diagram.render;

import java.util.List;

import io.stratagem.diagram.Bounds;
import io.stratagem.diagram.Point;
import io.stratagem.diagram.TextWidth;
import io.stratagem.diagram.roadmap.DependencyEdge;
import io.stratagem.diagram.roadmap.InitiativeBar;
import io.stratagem.diagram.roadmap.MilestoneMark;
import io.stratagem.diagram.roadmap.PhaseBand;
import io.stratagem.diagram.roadmap.QuarterColumn;
import io.stratagem.diagram.roadmap.RoadmapDiagram;
import io.stratagem.diagram.roadmap.RoadmapLayout;
import io.stratagem.diagram.roadmap.UnscheduledItem;

/** Draws a laid-out roadmap: header, bands, quarter grid, dependencies, bars and milestones. */
public final class RoadmapPainter {

	private static final String TEXT = "#1a202c";
	private static final String MUTED = "#4a5568";
	private static final String GRID = "#d9dee5";
	private static final String CRITICAL = "#c53030";
	private static final String DEPENDENCY = "#718096";
	private static final double HEADER_TOP = 40;
	private static final double BAND_LABEL_WIDTH = RoadmapLayout.TIMELINE_LEFT - 32;

	private RoadmapPainter() {
	}

	public static void paint(RoadmapDiagram diagram, Canvas canvas) {
		canvas.text(16, 24, diagram.title(), 16, true, TEXT, Anchor.START);
		canvas.text(diagram.width() - 16, 24, "bars: initiatives \u00b7 red outline: critical path \u00b7 diamonds: milestones", 10, false, MUTED,
				Anchor.END);
		double bodyBottom = diagram.bands().isEmpty() ? RoadmapLayout.BODY_TOP : diagram.bands().get(diagram.bands().size() - 1).bounds().bottom();
		canvas.group("quarters", null, null);
		for (int i = 0; i < diagram.quarters().size(); i++) {
			QuarterColumn quarter = diagram.quarters().get(i);
			canvas.rect(new Bounds(quarter.x(), HEADER_TOP, quarter.width(), RoadmapLayout.BODY_TOP - HEADER_TOP - 6), 0,
					Style.of(i % 2 == 0 ? "#edf2f7" : "#e2e8f0", GRID, 0.5));
			canvas.text(quarter.x() + quarter.width() / 2, HEADER_TOP + 19, quarter.label(), 10, quarter.firstDay().getMonthValue() == 1, TEXT, Anchor.MIDDLE);
		}
		canvas.endGroup();
		for (int i = 0; i < diagram.bands().size(); i++) {
			band(canvas, diagram.bands().get(i), i);
		}
		canvas.group("grid", null, null);
		for (QuarterColumn quarter : diagram.quarters()) {
			canvas.polyline(List.of(new Point(quarter.x(), RoadmapLayout.BODY_TOP), new Point(quarter.x(), bodyBottom)), Style.line(GRID, 0.75));
		}
		canvas.endGroup();
		for (DependencyEdge edge : diagram.dependencies()) {
			canvas.group(edge.critical() ? "dependency critical" : "dependency", null, edge.fromId() + " \u2192 " + edge.toId() + " (" + edge.kind() + ")");
			Figures.arrow(canvas, edge.route(), edge.critical() ? CRITICAL : DEPENDENCY, edge.critical() ? 2 : 1);
			canvas.endGroup();
		}
		for (InitiativeBar bar : diagram.bars()) {
			bar(canvas, bar);
		}
		for (MilestoneMark milestone : diagram.milestones()) {
			milestone(canvas, milestone);
		}
		unscheduled(canvas, diagram, bodyBottom);
	}

	private static void band(Canvas canvas, PhaseBand band, int index) {
		String tooltip = band.label() + (band.span().isEmpty() ? "" : " (" + band.span() + ")") + Figures.tooltip(band.markers());
		canvas.group("phase" + Figures.markerClass(band.markers()), band.id(), tooltip);
		canvas.rect(band.bounds(), 0, Style.of(index % 2 == 0 ? "#fafbfc" : "#f3f5f8", GRID, 0.75));
		if (band.dates() != null) {
			canvas.rect(band.dates(), 0, Style.fill(index % 2 == 0 ? "#eef4fb" : "#e6eef8"));
		}
		double x = band.bounds().x() + 8;
		canvas.text(x, band.bounds().y() + 18, TextWidth.fit(band.label(), 11, BAND_LABEL_WIDTH), 11, true, TEXT, Anchor.START);
		if (!band.span().isEmpty()) {
			canvas.text(x, band.bounds().y() + 32, band.span(), 9, false, MUTED, Anchor.START);
		}
		Figures.badge(canvas, new Bounds(band.bounds().x() + 4, band.bounds().y() + 4, 0, 0), band.markers());
		canvas.endGroup();
	}

	private static void bar(Canvas canvas, InitiativeBar bar) {
		String tooltip = bar.label() + "\n" + bar.start() + " to " + bar.finish() + (bar.status().isEmpty() ? "" : ", " + bar.status()) + ", slack " + bar.slack()
				+ " days" + (bar.critical() ? ", on the critical path" : "") + Figures.tooltip(bar.markers());
		canvas.group("initiative" + (bar.critical() ? " critical" : "") + Figures.markerClass(bar.markers()), bar.id(), tooltip);
		Style style = switch (bar.status()) {
		case "done" -> Style.of("#d5dde6", "#4a5568", 1);
		case "inProgress" -> Style.of("#bfdcf5", "#2b6cb0", 1);
		case "onHold" -> Style.of("#fcf3c4", "#b7791f", 1);
		case "cancelled" -> new Style("#f1f3f5", "#a0aec0", 1, true);
		default -> Style.of("#e3efff", "#2b6cb0", 1);
		};
		if (bar.critical()) {
			style = new Style(style.fill(), CRITICAL, 2.5, style.dashed());
		}
		canvas.rect(bar.bounds(), 4, style);
		double x = bar.bounds().x() + 6;
		canvas.text(x, bar.bounds().y() + 12, TextWidth.fit(bar.label(), RoadmapLayout.TITLE_FONT, RoadmapLayout.MAX_TEXT_WIDTH), RoadmapLayout.TITLE_FONT,
				false, TEXT, Anchor.START);
		String useCases = RoadmapLayout.useCaseLine(bar.useCases());
		if (!useCases.isEmpty()) {
			canvas.text(x, bar.bounds().y() + 23, TextWidth.fit(useCases, RoadmapLayout.DETAIL_FONT, RoadmapLayout.MAX_TEXT_WIDTH), RoadmapLayout.DETAIL_FONT,
					false, "#2c5282", Anchor.START);
		}
		Figures.badge(canvas, bar.bounds(), bar.markers());
		canvas.endGroup();
	}

	private static void milestone(Canvas canvas, MilestoneMark milestone) {
		String tooltip = milestone.label() + "\ndue " + milestone.due() + (milestone.met() ? ", met by its initiatives" : ", not met by its initiatives")
				+ Figures.tooltip(milestone.markers());
		canvas.group("milestone" + (milestone.met() ? "" : " unmet") + Figures.markerClass(milestone.markers()), milestone.id(), tooltip);
		double r = MilestoneMark.RADIUS;
		Point c = milestone.centre();
		canvas.polygon(List.of(new Point(c.x(), c.y() - r), new Point(c.x() + r, c.y()), new Point(c.x(), c.y() + r), new Point(c.x() - r, c.y())),
				Style.of(milestone.met() ? "#2d3748" : "#dd6b20", "#ffffff", 1));
		canvas.text(c.x() + r + 6, c.y() + 4, milestone.label(), RoadmapLayout.DETAIL_FONT + 1, false, TEXT, Anchor.START);
		Figures.badge(canvas, new Bounds(c.x() - r, c.y() - r, 2 * r, 2 * r), milestone.markers());
		canvas.endGroup();
	}

	private static void unscheduled(Canvas canvas, RoadmapDiagram diagram, double top) {
		if (diagram.unscheduled().isEmpty()) {
			return;
		}
		canvas.group("unscheduled", null, null);
		double y = top + 26;
		canvas.text(16, y, "Not on the timeline:", 11, true, TEXT, Anchor.START);
		for (UnscheduledItem item : diagram.unscheduled()) {
			y += 16;
			canvas.group("unscheduled-item" + Figures.markerClass(item.markers()), item.id(), Figures.tooltip(item.markers()).strip());
			canvas.text(24, y, "\u2022 " + item.label() + ": " + item.reason(), 10, false, Figures.markerColour(item.markers()).orElse(MUTED), Anchor.START);
			canvas.endGroup();
		}
		canvas.endGroup();
	}
}
