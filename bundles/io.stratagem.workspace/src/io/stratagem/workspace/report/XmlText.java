package io.stratagem.workspace.report;

import java.util.regex.Pattern;

/** Text made fit for XML 1.0: the pages of the site and the command line's JUnit report. */
public final class XmlText {

	/** Characters that XML 1.0 forbids (NUL and other C0 controls, lone surrogates, U+FFFE and U+FFFF). */
	private static final Pattern XML_INVALID = Pattern.compile("[^\\t\\n\\r\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

	private XmlText() {
	}

	/** The text with each character XML 1.0 forbids replaced by U+FFFD, so that a document stays well-formed; null stays null. */
	public static String valid(String text) {
		if (text == null || plainlyValid(text)) {
			return text; // nearly every text: the site's pages pass each value of their templates through here
		}
		return XML_INVALID.matcher(text).replaceAll("\uFFFD");
	}

	/** Whether every character is allowed on its own; surrogates (pairs or lone) are left to the pattern. */
	private static boolean plainlyValid(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!(c >= 0x20 && c < 0xD800 || c == '\t' || c == '\n' || c == '\r' || c >= 0xE000 && c <= 0xFFFD)) {
				return false;
			}
		}
		return true;
	}
}
