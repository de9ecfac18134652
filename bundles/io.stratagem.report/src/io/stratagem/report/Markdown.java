package io.stratagem.report;

/** Model text inside Markdown: nothing a model says can become markup, a link or a table cell break. */
final class Markdown {

	private Markdown() {
	}

	static String text(String value) {
		if (value == null) {
			return "";
		}
		StringBuilder out = new StringBuilder();
		for (char c : value.replace("\r", "").replace("\n", " ").toCharArray()) {
			switch (c) {
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '&' -> out.append("&amp;");
			case '|', '\\', '`', '*', '_', '[', ']', '#', '!' -> out.append('\\').append(c);
			default -> out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * Words that Mermaid's Gantt reader takes as a directive when a line starts with them (it
	 * ignores case), such as "Includes review" or "Section 9 audit".
	 */
	private static final java.util.regex.Pattern MERMAID_DIRECTIVE = java.util.regex.Pattern.compile(
			"(?i)(title|section|dateformat|axisformat|tickinterval|excludes|includes|todaymarker|weekday|acc|click|call|inclusiveenddates|topaxis|gantt).*");

	/**
	 * Mermaid task and section titles cannot hold its separators, comment marks, Markdown-string backticks or line breaks,
	 * and never start with a directive word: a zero-width space, which Mermaid does not skip as
	 * blank, keeps such a title a title.
	 */
	static String mermaid(String value) {
		if (value == null) {
			return "";
		}
		String text = value.replaceAll("[:;#%`<>\"\\p{Cc}\\u2028\\u2029]", " ").replaceAll("\\s+", " ").trim();
		return text.isEmpty() ? "untitled" : MERMAID_DIRECTIVE.matcher(text).matches() ? "\u200B" + text : text;
	}
}
