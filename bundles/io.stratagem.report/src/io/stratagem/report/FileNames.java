package io.stratagem.report;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * File names derived from model names, confined to one folder of the site: lower case letters,
 * digits, dots, dashes and underscores only, never starting with a dot, at most
 * {@value #MAX_LENGTH} characters, and unique even on case-insensitive file systems (a clash gets
 * {@code -2}, {@code -3}... in model order, so the names are deterministic).
 */
final class FileNames<T> {

	static final int MAX_LENGTH = 80;

	private final Map<T, String> names = new HashMap<>();

	FileNames(List<T> elements, Function<T, String> name, String extension) {
		Set<String> taken = new HashSet<>();
		for (T element : elements) {
			String base = slug(name.apply(element));
			String candidate = base;
			for (int i = 2; !taken.add(candidate); i++) {
				candidate = base + "-" + i;
			}
			names.put(element, candidate + extension);
		}
	}

	/** The file name of an element, or null when it was not given to the constructor. */
	String of(T element) {
		return names.get(element);
	}

	static String slug(String name) {
		String slug = (name == null ? "" : name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[.-]+", "");
		if (slug.length() > MAX_LENGTH) {
			slug = slug.substring(0, MAX_LENGTH);
		}
		return slug.isEmpty() ? "element" : slug;
	}
}
