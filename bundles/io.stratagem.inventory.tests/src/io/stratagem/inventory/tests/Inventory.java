package io.stratagem.inventory.tests;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import com.google.inject.Injector;

import io.stratagem.dsl.StrategyStandaloneSetup;
import io.stratagem.inventory.InventoryColumns;
import io.stratagem.testing.ProjectFiles;

/** The real inventory and one injector shared by the tests of this bundle. */
final class Inventory {

	private static Injector injector;

	private Inventory() {
	}

	static synchronized Injector injector() {
		if (injector == null) {
			injector = StrategyStandaloneSetup.doSetup();
		}
		return injector;
	}

	static Path root() {
		return ProjectFiles.root();
	}

	/** The federal inventory dataset, kept in the repository under data/. */
	static Path dataset() {
		return root().resolve("data/us-federal-ai-inventory-2025");
	}

	static Path csv() {
		return dataset().resolve("2025_individually_reported_AI_use_cases.csv");
	}

	/** The text of a CSV file without its byte-order mark. */
	static String text(Path csv) throws IOException {
		String text = Files.readString(csv, StandardCharsets.UTF_8);
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	/** The rows of an inventory CSV as column-to-value maps, read independently of the importer. */
	static List<Map<String, String>> rows(String text) throws IOException {
		List<Map<String, String>> rows = new ArrayList<>();
		try (Reader reader = new StringReader(text)) {
			for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				Map<String, String> row = new LinkedHashMap<>();
				for (String column : InventoryColumns.ALL) {
					row.put(column, record.get(column));
				}
				rows.add(row);
			}
		}
		return rows;
	}
}
