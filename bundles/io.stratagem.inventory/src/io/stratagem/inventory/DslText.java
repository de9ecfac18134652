package io.stratagem.inventory;

import org.eclipse.xtext.conversion.IValueConverterService;

/**
 * Writes .strategy text in the formatter's layout (tabs, one item per line, a blank line between
 * top-level elements), escaping every value with the language's own value converters.
 */
final class DslText {

	private final IValueConverterService converters;
	private final StringBuilder text = new StringBuilder();
	private int depth;

	DslText(IValueConverterService converters) {
		this.converters = converters;
	}

	String string(String value) {
		return converters.toString(value, "STRING");
	}

	/** Opens a block: {@code keyword name "title" {}. */
	DslText open(String keyword, String name, String title) {
		line(keyword + " " + name + (title == null || title.isEmpty() ? "" : " " + string(title)) + " {");
		depth++;
		return this;
	}

	DslText close() {
		depth--;
		line("}");
		return this;
	}

	DslText item(String item) {
		return line(item);
	}

	/** {@code keyword "value"} when the value is not empty. */
	DslText text(String keyword, String value) {
		return value == null || value.isEmpty() ? this : line(keyword + " " + string(value));
	}

	DslText property(String key, String value) {
		return line("property " + string(key) + " = " + string(value));
	}

	DslText blank() {
		text.append('\n');
		return this;
	}

	DslText line(String content) {
		text.append("\t".repeat(depth)).append(content).append('\n');
		return this;
	}

	@Override
	public String toString() {
		return text.toString();
	}
}
