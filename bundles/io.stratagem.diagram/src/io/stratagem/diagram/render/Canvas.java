package io.stratagem.diagram.render;

import java.util.List;

import io.stratagem.diagram.Bounds;
import io.stratagem.diagram.Point;

/**
 * The few drawing operations the diagram painters use, so that SVG and PNG show the same picture.
 * Coordinates are diagram pixels; y grows downwards.
 */
public interface Canvas {

	/**
	 * Starts a group of shapes that shows one model element (nested groups are allowed).
	 *
	 * @param kind      what the group shows, e.g. {@code initiative critical}
	 * @param elementId qualified name of the model element, or {@code null}
	 * @param tooltip   text shown on hover, or {@code null}
	 */
	void group(String kind, String elementId, String tooltip);

	void endGroup();

	void rect(Bounds bounds, double radius, Style style);

	void polygon(List<Point> points, Style style);

	/** An open line through the points; only the stroke of the style is used. */
	void polyline(List<Point> points, Style style);

	/** One line of text whose baseline is at {@code y}. */
	void text(double x, double y, String text, double size, boolean bold, String colour, Anchor anchor);
}
