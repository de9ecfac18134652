package io.stratagem.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
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
			.withEscaper(text -> Escapers.HTML.escape(XmlText.valid(text)));

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

	String render(String name, Map<String, Object> view) {
		return compiled.computeIfAbsent(name, compiler::loadTemplate).execute(view);
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
