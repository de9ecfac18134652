package io.stratagem.diagram;

/** A point in diagram coordinates (pixels, y grows downwards). */
public record Point(double x, double y) {
}
