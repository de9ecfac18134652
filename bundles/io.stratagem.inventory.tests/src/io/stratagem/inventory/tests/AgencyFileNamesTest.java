package io.stratagem.inventory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.stratagem.inventory.InventoryColumns;
import io.stratagem.inventory.OmbInventoryExporter;
import io.stratagem.inventory.OmbInventoryImporter;
import io.stratagem.model.files.PortableFileNames;

/** Agency codes become file names that every common file system accepts, Windows included. */
class AgencyFileNamesTest {

	@Test
	void agenciesNamedLikeWindowsDevicesGetFilesWindowsAccepts() throws IOException {
		List<Map<String, String>> rows = new ArrayList<>();
		for (String agency : List.of("CON", "nul", "COM1", "LPT9", "Aux", "PRN", "DOJ")) {
			rows.add(row(agency));
		}
		StringWriter csv = new StringWriter();
		Inventory.injector().getInstance(OmbInventoryExporter.class).write(rows, csv);
		OmbInventoryImporter.Result result = Inventory.injector().getInstance(OmbInventoryImporter.class).read(new StringReader(csv.toString()));
		assertEquals(List.of("aux_.strategy", "com1_.strategy", "con_.strategy", "doj.strategy", "lpt9_.strategy", "nul_.strategy", "prn_.strategy"),
				List.copyOf(new TreeSet<>(result.files().keySet())));
		assertTrue(result.files().get("con_.strategy").contains("\nnamespace federal.con\n"), "the namespace keeps the agency's code");
	}

	@Test
	void deviceNamesWithOrWithoutExtensionAndTrailingDotsOrSpacesAreReserved() {
		for (String name : List.of("CON", "con", "Con.strategy", "nul.tar.gz", "com1", "COM9.txt", "lpt1", "LPT9.strategy", "aux", "prn.x", "a.", "a ")) {
			assertTrue(PortableFileNames.isReservedOnWindows(name), name);
		}
		for (String name : List.of("cons", "console.strategy", "com", "com10", "lpt", "nul_", "auxiliary", "doj.strategy", "a.b")) {
			assertFalse(PortableFileNames.isReservedOnWindows(name), name);
		}
		assertEquals("con_", PortableFileNames.safeStem("con"));
		assertEquals("LPT1_", PortableFileNames.safeStem("LPT1. "));
		assertEquals("report", PortableFileNames.safeStem("report.."));
		assertEquals("_", PortableFileNames.safeStem(". ."));
		assertEquals("doj", PortableFileNames.safeStem("doj"));
	}

	private static Map<String, String> row(String agency) {
		Map<String, String> row = new LinkedHashMap<>();
		for (String column : InventoryColumns.ALL) {
			row.put(column, InventoryColumns.LISTS.contains(column) ? "[]" : "");
		}
		row.put("agency", agency);
		row.put("agency_name", agency + " agency");
		row.put("id", agency + "-1");
		row.put("use_case_name", "A use case of " + agency);
		return row;
	}
}
