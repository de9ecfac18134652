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

	/** Mermaid titles and labels cannot hold its separators, entity codes (#...;) or Markdown strings (backticks). */
	static String mermaid(String value) {
		return value == null ? "" : value.replaceAll("[:;#`\\r\\n<>\"]", " ").replaceAll("\\s+", " ").trim();
	}
}
