package io.stratagem.workspace.report;

/**
 * Text of a model or a file name made safe to print on a terminal: control characters (C0, DEL,
 * C1: escape sequences, bell, carriage return, line breaks) and the bidirectional controls that
 * reorder what is shown (such as U+202E) are written as visible escapes, {@code \u001b}.
 */
public final class TerminalText {

	private TerminalText() {
	}

	/** The text with every control character replaced by {@code \}{@code uXXXX}; null becomes "". */
	public static String visible(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isControl(c)) {
				if (out == null) {
					out = new StringBuilder(text.length() + 16).append(text, 0, i);
				}
				out.append(String.format("\\u%04x", (int) c));
			} else if (out != null) {
				out.append(c);
			}
		}
		return out == null ? text : out.toString();
	}

	private static boolean isControl(char c) {
		return Character.getType(c) == Character.CONTROL // U+0000-U+001F, U+007F-U+009F
				|| c == '\u061c' || c == '\u200e' || c == '\u200f' // Arabic letter mark, left-to-right and right-to-left marks
				|| c >= '\u202a' && c <= '\u202e' // embeddings and overrides
				|| c >= '\u2066' && c <= '\u2069'; // isolates
	}
}
