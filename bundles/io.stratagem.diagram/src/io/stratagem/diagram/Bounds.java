package io.stratagem.diagram;

/** A rectangle in diagram coordinates (pixels, y grows downwards). */
public record Bounds(double x, double y, double width, double height) {

	public double right() {
		return x + width;
	}

	public double bottom() {
		return y + height;
	}

	public double centreY() {
		return y + height / 2;
	}

	/** Whether the two rectangles share some area (touching edges do not count). */
	public boolean overlaps(Bounds other) {
		return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
	}
}
