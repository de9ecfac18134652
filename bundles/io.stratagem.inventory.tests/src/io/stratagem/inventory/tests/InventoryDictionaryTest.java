package io.stratagem.inventory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.stratagem.inventory.InventoryColumns;
import io.stratagem.inventory.ValidSelections;

/** The shipped valid selections are those of the dataset's data dictionary, and the columns its columns. */
class InventoryDictionaryTest {

	@Test
	void validSelectionsMatchTheDataDictionary() throws IOException {
		String dictionary = Files.readString(Inventory.dataset().resolve("data_dictionary.md"), StandardCharsets.UTF_8);
		Map<String, List<String>> expected = new LinkedHashMap<>();
		String[] sections = dictionary.split("\n### \\d+\\) `");
		for (int i = 1; i < sections.length; i++) {
			String column = sections[i].substring(0, sections[i].indexOf('`'));
			List<String> values = new ArrayList<>();
			Matcher shorthand = Pattern.compile("\\*\\*Shorthand Recoding Map:\\*\\*\\n\\| Original Value \\| Shorthand Code \\|\\n\\| :--- \\| :--- \\|\\n((?:\\|.*\\|\\n?)+)").matcher(sections[i]);
			Matcher selections = Pattern.compile("\\*\\*Valid Selections:\\*\\*\\n\\| Valid Value \\|\\n\\| :--- \\|\\n((?:\\|.*\\|\\n?)+)").matcher(sections[i]);
			if (shorthand.find()) {
				Matcher code = Pattern.compile("\\*\\*(.*)\\*\\*").matcher(shorthand.group(1));
				while (code.find()) {
					if (!values.contains(code.group(1))) {
						values.add(code.group(1));
					}
				}
			} else if (selections.find()) {
				for (String line : selections.group(1).trim().split("\n")) {
					values.add(line.replaceAll("^\\|\\s*|\\s*\\|$", ""));
				}
			}
			if (!values.isEmpty()) {
				expected.put(column, values);
			}
		}
		assertEquals(expected, new ValidSelections().columns());
	}

	@Test
	void theDatasetHasTheThirtySixColumns() throws IOException {
		String header = Inventory.text(Inventory.csv()).lines().findFirst().orElseThrow();
		assertEquals(String.join(",", InventoryColumns.ALL), header);
	}
}
