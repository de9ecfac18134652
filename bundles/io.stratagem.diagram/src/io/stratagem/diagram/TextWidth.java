package io.stratagem.diagram;

/**
 * Estimated widths of sans-serif text, from average glyph widths per character class. Layout must
 * not depend on the fonts of the machine that draws it, or the same model would give different
 * diagrams; the estimate is generous so that real fonts fit.
 */
public final class TextWidth {

	private TextWidth() {
	}

	/** The width of {@code text} at {@code fontSize} pixels. */
	public static double of(String text, double fontSize) {
		double ems = 0;
		for (int i = 0; i < text.length(); i++) {
			ems += em(text.charAt(i));
		}
		return ems * fontSize;
	}

	private static double em(char c) {
		if (c == ' ') {
			return 0.32;
		}
		if ("il.,:;'|!ftjrI()[]".indexOf(c) >= 0) {
			return 0.36;
		}
		if ("mwMW@%".indexOf(c) >= 0) {
			return 0.92;
		}
		if (Character.isUpperCase(c)) {
			return 0.70;
		}
		if (Character.isDigit(c)) {
			return 0.64;
		}
		return 0.60;
	}

	/** {@code text} cut to fit {@code width}, ending with an ellipsis when it was cut. */
	public static String fit(String text, double fontSize, double width) {
		if (of(text, fontSize) <= width) {
			return text;
		}
		String cut = text;
		while (!cut.isEmpty() && of(cut + "\u2026", fontSize) > width) {
			cut = cut.substring(0, cut.length() - 1);
		}
		return cut.stripTrailing() + "\u2026";
	}
}
