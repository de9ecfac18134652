package io.stratagem.diagram.render;

/**
 * How a shape is filled and outlined.
 *
 * @param fill   a colour as {@code #rrggbb}, or {@code null} for no fill
 * @param stroke a colour as {@code #rrggbb}, or {@code null} for no outline
 */
public record Style(String fill, String stroke, double strokeWidth, boolean dashed) {

	public static Style fill(String colour) {
		return new Style(colour, null, 0, false);
	}

	public static Style line(String colour, double width) {
		return new Style(null, colour, width, false);
	}

	public static Style of(String fill, String stroke, double strokeWidth) {
		return new Style(fill, stroke, strokeWidth, false);
	}
}
