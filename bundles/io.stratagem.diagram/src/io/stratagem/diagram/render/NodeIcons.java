package io.stratagem.diagram.render;

import java.util.ArrayList;
import java.util.List;

import io.stratagem.diagram.Bounds;
import io.stratagem.diagram.Point;
import io.stratagem.diagram.render.NodeGlyphs.Circle;
import io.stratagem.diagram.render.NodeGlyphs.Polygon;
import io.stratagem.diagram.render.NodeGlyphs.Polyline;
import io.stratagem.diagram.render.NodeGlyphs.Rect;
import io.stratagem.diagram.render.NodeGlyphs.Shape;
import io.stratagem.diagram.strategy.NodeType;

/**
 * The small glyph of each strategy graph type, drawn with the canvas' own shapes (no font, no image
 * file) so that SVG and PNG show the same icon. The glyphs are defined once, in {@link NodeGlyphs}'
 * data file, which the interactive diagram's client bundles too (io.stratagem.diagram.glsp,
 * web/src/node-icons.ts); each is drawn on its grid and scaled.
 */
public final class NodeIcons {

	private NodeIcons() {
	}

	/** Draws the icon of a type as a group of class {@code icon <type key>}, e.g. {@code icon kpi}. */
	public static void draw(Canvas canvas, NodeType type, double x, double y, double size) {
		NodeGlyphs glyphs = NodeGlyphs.standard();
		double scale = size / glyphs.grid();
		Pen pen = new Pen(canvas, x, y, scale, type.stroke(), glyphs.lineWidth() * scale);
		canvas.group("icon " + type.key(), null, null);
		for (Shape shape : glyphs.glyphs().get(type).shapes()) {
			if (shape instanceof Circle c) {
				canvas.rect(pen.bounds(c.cx() - c.r(), c.cy() - c.r(), 2 * c.r(), 2 * c.r()), c.r() * scale, pen.style(c.filled()));
			} else if (shape instanceof Rect r) {
				canvas.rect(pen.bounds(r.x(), r.y(), r.width(), r.height()), r.radius() * scale, pen.style(r.filled()));
			} else if (shape instanceof Polygon p) {
				canvas.polygon(pen.points(p.coordinates()), pen.style(p.filled()));
			} else if (shape instanceof Polyline l) {
				canvas.polyline(pen.points(l.coordinates()), pen.style(false));
			}
		}
		canvas.endGroup();
	}

	/** Places grid coordinates onto the canvas and paints in one colour. */
	private record Pen(Canvas canvas, double x, double y, double scale, String colour, double lineWidth) {

		Bounds bounds(double left, double top, double width, double height) {
			return new Bounds(x + left * scale, y + top * scale, width * scale, height * scale);
		}

		List<Point> points(List<Double> coordinates) {
			List<Point> points = new ArrayList<>();
			for (int i = 0; i < coordinates.size(); i += 2) {
				points.add(new Point(x + coordinates.get(i) * scale, y + coordinates.get(i + 1) * scale));
			}
			return points;
		}

		Style style(boolean filled) {
			return filled ? Style.fill(colour) : Style.line(colour, lineWidth);
		}
	}
}
