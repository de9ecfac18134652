package io.stratagem.diagram.render;

import java.util.ArrayList;
import java.util.List;

import io.stratagem.diagram.Bounds;
import io.stratagem.diagram.Point;
import io.stratagem.diagram.strategy.NodeType;

/**
 * The small glyph of each strategy graph type, drawn with the canvas' own shapes (no font, no image
 * file) so that SVG and PNG show the same icon. Each icon is drawn on a 16 by 16 grid and scaled.
 * The interactive diagram's client draws the same glyphs (io.stratagem.diagram.glsp, web/src/node-icons.ts).
 */
public final class NodeIcons {

	/** Width and height of the grid the icons are drawn on. */
	private static final double GRID = 16;
	private static final double LINE = 1.5;

	private NodeIcons() {
	}

	/** Draws the icon of a type as a group of class {@code icon <type key>}, e.g. {@code icon kpi}. */
	public static void draw(Canvas canvas, NodeType type, double x, double y, double size) {
		Glyph glyph = new Glyph(canvas, x, y, size / GRID, type.stroke());
		canvas.group("icon " + type.key(), null, null);
		switch (type) {
		case OBJECTIVE -> { // a target
			glyph.circle(8, 8, 7, false);
			glyph.circle(8, 8, 4, false);
			glyph.circle(8, 8, 1.5, true);
		}
		case USE_CASE -> // a spark
			glyph.polygon(true, 8, 0, 10, 6, 16, 8, 10, 10, 8, 16, 6, 10, 0, 8, 6, 6);
		case KPI -> { // a bar chart
			glyph.rect(1, 9, 3.5, 6, true);
			glyph.rect(6.25, 5, 3.5, 10, true);
			glyph.rect(11.5, 1, 3.5, 14, true);
		}
		case RISK -> { // a warning triangle
			glyph.polygon(false, 8, 1, 15.25, 15, 0.75, 15);
			glyph.line(8, 5.5, 8, 10.5);
			glyph.rect(7.25, 12, 1.5, 1.5, true);
		}
		case CONTROL -> { // a shield with a tick
			glyph.polygon(false, 8, 0.75, 14.5, 3, 14, 9, 8, 15.25, 2, 9, 1.5, 3);
			glyph.line(5, 8, 7.25, 10.5, 11.25, 5.5);
		}
		case DATA_ASSET -> { // stacked discs of a database
			glyph.rounded(1, 1, 14, 4, 2);
			glyph.rounded(1, 6, 14, 4, 2);
			glyph.rounded(1, 11, 14, 4, 2);
		}
		case CAPABILITY -> { // building blocks
			glyph.rect(1, 9, 6, 6, false);
			glyph.rect(9, 9, 6, 6, false);
			glyph.rect(5, 1, 6, 6, false);
		}
		case PARTNER -> { // two people
			glyph.circle(5, 4, 2.5, false);
			glyph.circle(11, 4, 2.5, false);
			glyph.line(1, 15, 1, 11.5, 2.5, 9, 7.5, 9, 9, 11.5, 9, 15);
			glyph.line(7, 15, 7, 11.5, 8.5, 9, 13.5, 9, 15, 11.5, 15, 15);
		}
		}
		canvas.endGroup();
	}

	/** Shapes on the icon grid, placed and scaled onto the canvas, in one colour. */
	private record Glyph(Canvas canvas, double x, double y, double scale, String colour) {

		void circle(double cx, double cy, double r, boolean filled) {
			canvas.rect(bounds(cx - r, cy - r, 2 * r, 2 * r), r * scale, style(filled));
		}

		void rect(double left, double top, double width, double height, boolean filled) {
			canvas.rect(bounds(left, top, width, height), 0, style(filled));
		}

		void rounded(double left, double top, double width, double height, double radius) {
			canvas.rect(bounds(left, top, width, height), radius * scale, style(false));
		}

		void polygon(boolean filled, double... coordinates) {
			canvas.polygon(points(coordinates), style(filled));
		}

		void line(double... coordinates) {
			canvas.polyline(points(coordinates), style(false));
		}

		private Bounds bounds(double left, double top, double width, double height) {
			return new Bounds(x + left * scale, y + top * scale, width * scale, height * scale);
		}

		private List<Point> points(double[] coordinates) {
			List<Point> points = new ArrayList<>();
			for (int i = 0; i < coordinates.length; i += 2) {
				points.add(new Point(x + coordinates[i] * scale, y + coordinates[i + 1] * scale));
			}
			return points;
		}

		private Style style(boolean filled) {
			return filled ? Style.fill(colour) : Style.line(colour, LINE * scale);
		}
	}
}
