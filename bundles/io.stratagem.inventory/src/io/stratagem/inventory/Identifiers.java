package io.stratagem.inventory;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Makes readable, unique identifiers for one namespace: ids keep their shape ("DOJ-0357" becomes
 * {@code DOJ_0357}), names of things become CamelCase ("Office of the CIO" becomes
 * {@code OfficeOfTheCIO}). Keywords get a trailing underscore, so that every name reads back as
 * itself. Uniqueness is case-insensitive, so names never differ by case alone.
 */
final class Identifiers {

	private static final int MAX_LENGTH = 48;

	private final Set<String> keywords;
	private final Set<String> taken = new HashSet<>();

	Identifiers(Set<String> keywords) {
		this.keywords = keywords;
	}

	boolean isFree(String name) {
		return !taken.contains(name.toLowerCase(Locale.ROOT));
	}

	String take(String name) {
		taken.add(name.toLowerCase(Locale.ROOT));
		return name;
	}

	/** A free name in the shape of an id; {@code prefix} leads when the id starts with no letter. */
	String fromId(String id, String prefix) {
		return unique(finish(id.trim().replaceAll("[^A-Za-z0-9_]+", "_"), prefix));
	}

	/** A free CamelCase name from words; {@code prefix} leads when they start with no letter. */
	String fromWords(String words, String prefix) {
		StringBuilder name = new StringBuilder();
		for (String word : words.split("[^A-Za-z0-9]+")) {
			if (!word.isEmpty()) {
				name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
			}
		}
		return unique(finish(name.toString(), prefix));
	}

	private String unique(String base) {
		String name = base;
		for (int n = 2; !isFree(name); n++) {
			name = base + "_" + n;
		}
		return take(name);
	}

	private String finish(String raw, String prefix) {
		String name = raw.replaceAll("_+", "_").replaceAll("^_|_$", "");
		if (name.length() > MAX_LENGTH) {
			name = name.substring(0, MAX_LENGTH).replaceAll("_$", "");
		}
		if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
			name = prefix + (name.isEmpty() ? "" : "_" + name);
		}
		return keywords.contains(name) ? name + "_" : name;
	}
}
