package io.stratagem.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import io.stratagem.workspace.report.XmlText;

/**
 * The JMustache templates of the site under {@code templates/}. Mustache escapes every
 * {@code {{value}}} as HTML; only {@code {{{value}}}} inserts markup, and it is only used for SVG
 * drawn through other templates or by the diagram painter of {@code io.stratagem.diagram}, which
 * escapes every text and attribute itself.
 */
final class Templates {

	private final Mustache.Compiler compiler = Mustache.compiler().defaultValue("").emptyStringIsFalse(true).withLoader(Templates::reader)
			.withEscaper(Templates::escape);

	/**
	 * JMustache's HTML escaping of XML-valid text. Most values (names, dates, numbers) hold no
	 * character to replace; they are returned after one look at each character, where the
	 * escaper's seven replacements each search the whole text.
	 */
	static String escape(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 || c >= 0xD800 || c == '&' || c == '\'' || c == '"' || c == '<' || c == '>' || c == '`' || c == '=') {
				return Escapers.HTML.escape(XmlText.valid(text));
			}
		}
		return text;
	}

	/** A page of the site: the shared header values, the page's own, its title and its depth. */
	String page(String template, String title, Map<String, Object> site, Map<String, Object> content, String root) {
		Map<String, Object> view = new LinkedHashMap<>(site);
		view.putAll(content);
		view.put("pageTitle", title);
		view.put("root", root);
		return render(template, view);
	}

	/** Compiled once: a site of thousands of pages renders the same few templates. */
	private final Map<String, Template> compiled = new ConcurrentHashMap<>();

	/** The length of the last text each template gave: the next page of that template starts with room for that much. */
	private final Map<String, Integer> sizes = new ConcurrentHashMap<>();

	String render(String name, Map<String, Object> view) {
		// JMustache's execute(Object) writes into a StringWriter, whose StringBuffer locks on every append and grows from 16 characters
		TextWriter out = new TextWriter(sizes.getOrDefault(name, 1024));
		compiled.computeIfAbsent(name, compiler::loadTemplate).execute(view, out);
		sizes.put(name, out.text.length());
		return out.text.toString();
	}

	/** A writer into a StringBuilder. */
	private static final class TextWriter extends Writer {
		final StringBuilder text;

		TextWriter(int capacity) {
			text = new StringBuilder(capacity);
		}

		@Override
		public void write(char[] characters, int offset, int length) {
			text.append(characters, offset, length);
		}

		@Override
		public void write(String string, int offset, int length) {
			text.append(string, offset, offset + length);
		}

		@Override
		public Writer append(CharSequence characters) {
			text.append(characters);
			return this;
		}

		@Override
		public void flush() {
			// nothing buffered
		}

		@Override
		public void close() {
			// nothing to release
		}
	}

	/** A file shipped as is, such as the style sheet. */
	static String resource(String name) {
		try (InputStream in = open("templates/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Reader reader(String name) {
		return new InputStreamReader(open("templates/" + name + ".mustache"), StandardCharsets.UTF_8);
	}

	private static InputStream open(String path) {
		InputStream in = Templates.class.getClassLoader().getResourceAsStream(path);
		if (in == null) {
			throw new IllegalStateException(path + " is missing from the io.stratagem.report bundle");
		}
		return in;
	}
}
