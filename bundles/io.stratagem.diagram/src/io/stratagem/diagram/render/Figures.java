package io.stratagem.diagram.render;

import java.util.List;
import java.util.Optional;

import io.stratagem.diagram.Bounds;
import io.stratagem.diagram.Markers;
import io.stratagem.diagram.Point;
import io.stratagem.workspace.report.Finding;
import io.stratagem.workspace.report.Severity;

/** Figures both painters draw: arrowheads and validation badges. */
final class Figures {

	static final String ERROR_COLOUR = "#e53e3e";
	static final String WARNING_COLOUR = "#dd6b20";
	static final String INFO_COLOUR = "#3182ce";
	private static final double ARROW_LENGTH = 7;
	private static final double ARROW_HALF_WIDTH = 3.5;
	private static final double BADGE = 11;

	private Figures() {
	}

	/** A line through the points ending in an arrowhead at the last point. */
	static void arrow(Canvas canvas, List<Point> route, String colour, double width) {
		if (route.size() < 2) {
			return;
		}
		canvas.polyline(route, Style.line(colour, width));
		Point tip = route.get(route.size() - 1);
		Point before = route.get(route.size() - 2);
		double dx = tip.x() - before.x();
		double dy = tip.y() - before.y();
		double length = Math.hypot(dx, dy);
		if (length == 0) {
			return;
		}
		double ux = dx / length;
		double uy = dy / length;
		Point base = new Point(tip.x() - ux * ARROW_LENGTH, tip.y() - uy * ARROW_LENGTH);
		canvas.polygon(List.of(tip, new Point(base.x() - uy * ARROW_HALF_WIDTH, base.y() + ux * ARROW_HALF_WIDTH),
				new Point(base.x() + uy * ARROW_HALF_WIDTH, base.y() - ux * ARROW_HALF_WIDTH)), Style.fill(colour));
	}

	/** The colour of the most serious marker, empty when there is none. */
	static Optional<String> markerColour(List<Finding> markers) {
		return Markers.worst(markers).map(Figures::colour);
	}

	static String colour(Severity severity) {
		return switch (severity) {
		case ERROR -> ERROR_COLOUR;
		case WARNING -> WARNING_COLOUR;
		case INFO -> INFO_COLOUR;
		};
	}

	/** The CSS class of the most serious marker, e.g. {@code marker-error}; empty when none. */
	static String markerClass(List<Finding> markers) {
		return Markers.worst(markers).map(s -> " marker-" + s.label()).orElse("");
	}

	/**
	 * A badge on the top-left corner of a shape: a square for an error, a triangle for a warning, a
	 * circle-like octagon for information, each with an exclamation mark.
	 */
	static void badge(Canvas canvas, Bounds shape, List<Finding> markers) {
		Optional<Severity> worst = Markers.worst(markers);
		if (worst.isEmpty()) {
			return;
		}
		double x = shape.x() - BADGE / 2;
		double y = shape.y() - BADGE / 2;
		String colour = colour(worst.get());
		Style style = Style.of(colour, "#ffffff", 1);
		switch (worst.get()) {
		case ERROR -> canvas.rect(new Bounds(x, y, BADGE, BADGE), 2, style);
		case WARNING -> canvas.polygon(List.of(new Point(x + BADGE / 2, y - 1), new Point(x + BADGE + 1, y + BADGE), new Point(x - 1, y + BADGE)), style);
		case INFO -> canvas.rect(new Bounds(x, y, BADGE, BADGE), BADGE / 2, style);
		}
		canvas.text(x + BADGE / 2, y + BADGE - 2, "!", 9, true, "#ffffff", Anchor.MIDDLE);
	}

	/** The tooltip lines of some markers, each on its own line. */
	static String tooltip(List<Finding> markers) {
		StringBuilder text = new StringBuilder();
		markers.forEach(m -> text.append('\n').append(Markers.text(m)));
		return text.toString();
	}
}
