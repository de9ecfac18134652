package io.stratagem.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.reflect.TypeToken;
import com.google.inject.Singleton;

/**
 * The valid selections of the multiple-choice columns, from the inventory's data dictionary
 * (shipped as inventory/valid-selections.json). List columns are checked element by element.
 */
@Singleton
public class ValidSelections {

	private final Map<String, List<String>> columns;

	public ValidSelections() {
		try (InputStream in = ValidSelections.class.getClassLoader().getResourceAsStream("inventory/valid-selections.json")) {
			if (in == null) {
				throw new IllegalStateException("inventory/valid-selections.json is missing from the io.stratagem.inventory bundle");
			}
			JsonObject json = new Gson().fromJson(new InputStreamReader(in, StandardCharsets.UTF_8), JsonObject.class);
			columns = new Gson().fromJson(json.get("columns"), new TypeToken<Map<String, List<String>>>() {
			}.getType());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public Map<String, List<String>> columns() {
		return columns;
	}

	/** True when the column is free text, or the value is one of its valid selections. */
	public boolean isValid(String column, String value) {
		List<String> valid = columns.get(column);
		if (valid == null || value.isEmpty()) {
			return true;
		}
		if (InventoryColumns.LISTS.contains(column)) {
			List<String> elements = listElements(value);
			return elements != null && valid.containsAll(elements);
		}
		return valid.contains(value);
	}

	/** The elements of a stringified list such as {@code ['a', 'b']}, or null when it is not one. */
	static List<String> listElements(String value) {
		String text = value.trim();
		if (!text.startsWith("[") || !text.endsWith("]")) {
			return null;
		}
		String inner = text.substring(1, text.length() - 1).trim();
		List<String> elements = new ArrayList<>();
		if (inner.isEmpty()) {
			return elements;
		}
		for (String part : inner.split("',\\s*'")) {
			String element = part.trim();
			if (element.startsWith("'")) {
				element = element.substring(1);
			}
			if (element.endsWith("'")) {
				element = element.substring(0, element.length() - 1);
			}
			elements.add(element);
		}
		return elements;
	}
}
