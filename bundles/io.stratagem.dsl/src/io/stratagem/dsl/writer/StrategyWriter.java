package io.stratagem.dsl.writer;

import org.eclipse.xtext.conversion.IValueConverterService;

/**
 * Writes .strategy text in the formatter's layout (tabs, one item per line, a blank line between
 * top-level elements), escaping every value with the language's own value converters. For
 * programs that produce models as text: importers and the synthetic workload generator.
 */
public final class StrategyWriter {

	private final IValueConverterService converters;
	private final StringBuilder text = new StringBuilder();
	private int depth;

	public StrategyWriter(IValueConverterService converters) {
		this.converters = converters;
	}

	/** A quoted, escaped string literal. */
	public String string(String value) {
		return converters.toString(value, "STRING");
	}

	/** Opens a block: {@code keyword name "title" {}. */
	public StrategyWriter open(String keyword, String name, String title) {
		line(keyword + " " + name + (title == null || title.isEmpty() ? "" : " " + string(title)) + " {");
		depth++;
		return this;
	}

	public StrategyWriter close() {
		depth--;
		line("}");
		return this;
	}

	public StrategyWriter item(String item) {
		return line(item);
	}

	/** {@code keyword "value"} when the value is not empty. */
	public StrategyWriter text(String keyword, String value) {
		return value == null || value.isEmpty() ? this : line(keyword + " " + string(value));
	}

	public StrategyWriter property(String key, String value) {
		return line("property " + string(key) + " = " + string(value));
	}

	public StrategyWriter blank() {
		text.append('\n');
		return this;
	}

	public StrategyWriter line(String content) {
		text.append("\t".repeat(depth)).append(content).append('\n');
		return this;
	}

	@Override
	public String toString() {
		return text.toString();
	}
}
