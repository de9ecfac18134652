package io.stratagem.diagram.render;

import java.math.BigDecimal;
import java.util.List;

import io.stratagem.diagram.Bounds;
import io.stratagem.diagram.Point;

/**
 * Writes SVG 1.1 text: well-formed XML, every text and attribute escaped, numbers with at most two
 * decimals in a locale-independent form, nothing that changes from run to run.
 */
public class SvgCanvas implements Canvas {

	private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

	private final StringBuilder svg = new StringBuilder();
	private int depth = 1;

	public SvgCanvas(double width, double height, String title) {
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(number(width)).append("\" height=\"").append(number(height))
				.append("\" viewBox=\"0 0 ").append(number(width)).append(' ').append(number(height))
				.append("\" font-family=\"DejaVu Sans, Verdana, Arial, sans-serif\">\n");
		svg.append("  <title>").append(escape(title)).append("</title>\n");
		svg.append("  <rect x=\"0\" y=\"0\" width=\"").append(number(width)).append("\" height=\"").append(number(height)).append("\" fill=\"#ffffff\"/>\n");
	}

	@Override
	public void group(String kind, String elementId, String tooltip) {
		indent().append("<g class=\"").append(escape(kind)).append('"');
		if (elementId != null) {
			svg.append(" data-element=\"").append(escape(elementId)).append('"');
		}
		svg.append(">\n");
		depth++;
		if (tooltip != null) {
			indent().append("<title>").append(escape(tooltip)).append("</title>\n");
		}
	}

	@Override
	public void endGroup() {
		depth--;
		indent().append("</g>\n");
	}

	@Override
	public void rect(Bounds bounds, double radius, Style style) {
		indent().append("<rect x=\"").append(number(bounds.x())).append("\" y=\"").append(number(bounds.y())).append("\" width=\"")
				.append(number(bounds.width())).append("\" height=\"").append(number(bounds.height())).append('"');
		if (radius > 0) {
			svg.append(" rx=\"").append(number(radius)).append('"');
		}
		style(style);
		svg.append("/>\n");
	}

	@Override
	public void polygon(List<Point> points, Style style) {
		indent().append("<polygon points=\"").append(points(points)).append('"');
		style(style);
		svg.append("/>\n");
	}

	@Override
	public void polyline(List<Point> points, Style style) {
		indent().append("<polyline points=\"").append(points(points)).append('"');
		style(new Style(null, style.stroke(), style.strokeWidth(), style.dashed()));
		svg.append("/>\n");
	}

	@Override
	public void text(double x, double y, String text, double size, boolean bold, String colour, Anchor anchor) {
		indent().append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" font-size=\"").append(number(size)).append('"');
		if (bold) {
			svg.append(" font-weight=\"bold\"");
		}
		if (anchor != Anchor.START) {
			svg.append(" text-anchor=\"").append(anchor == Anchor.MIDDLE ? "middle" : "end").append('"');
		}
		svg.append(" fill=\"").append(escape(colour)).append("\">").append(escape(text)).append("</text>\n");
	}

	/** The finished document: the XML declaration and the {@code svg} element. */
	public String finish() {
		return XML_DECLARATION + finishElement();
	}

	/**
	 * The finished {@code svg} element alone, without the XML declaration, for a page that shows
	 * the drawing inline (an XML declaration may only start a document).
	 */
	public String finishElement() {
		return svg + "</svg>\n";
	}

	private void style(Style style) {
		svg.append(" fill=\"").append(style.fill() == null ? "none" : escape(style.fill())).append('"');
		if (style.stroke() != null) {
			svg.append(" stroke=\"").append(escape(style.stroke())).append("\" stroke-width=\"").append(number(style.strokeWidth())).append('"');
			if (style.dashed()) {
				svg.append(" stroke-dasharray=\"5 3\"");
			}
		}
	}

	private StringBuilder indent() {
		for (int i = 0; i < depth; i++) {
			svg.append("  ");
		}
		return svg;
	}

	private static String points(List<Point> points) {
		StringBuilder text = new StringBuilder();
		for (Point point : points) {
			text.append(text.length() == 0 ? "" : " ").append(number(point.x())).append(',').append(number(point.y()));
		}
		return text.toString();
	}

	/** A number with at most two decimals and no exponent, the same on every machine. */
	static String number(double value) {
		long hundredths = Math.round(value * 100);
		return hundredths == 0 ? "0" : BigDecimal.valueOf(hundredths, 2).stripTrailingZeros().toPlainString();
	}

	/**
	 * Text made safe for XML content and attribute values: markup characters are escaped and
	 * characters XML 1.0 does not allow (most control characters, unpaired surrogates) are dropped.
	 */
	public static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&' -> escaped.append("&amp;");
			case '<' -> escaped.append("&lt;");
			case '>' -> escaped.append("&gt;");
			case '"' -> escaped.append("&quot;");
			case '\'' -> escaped.append("&apos;");
			case '\t', '\n', '\r' -> escaped.append("&#").append((int) c).append(';');
			default -> {
				if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					escaped.append(c).append(text.charAt(++i));
				} else if (c >= 0x20 && c < 0xD800 || c >= 0xE000 && c <= 0xFFFD) {
					escaped.append(c);
				}
			}
			}
		}
		return escaped.toString();
	}
}
