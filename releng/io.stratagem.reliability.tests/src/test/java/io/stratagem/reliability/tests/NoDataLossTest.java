package io.stratagem.reliability.tests;

import static io.stratagem.reliability.tests.Command.run;
import static io.stratagem.testing.ProjectFiles.files;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.stratagem.inventory.InventoryColumns;
import io.stratagem.report.OutputFolder;
import io.stratagem.testing.CommandRun;

/** A failed import or generate leaves what an earlier run wrote as it was. */
class NoDataLossTest {

	@TempDir
	Path dir;

	@Test
	void aFailedImportChangesNoFile() throws IOException {
		Path out = dir.resolve("imported");
		assertEquals(0, run("import", "omb-inventory", inventory("first", "DOJ", "USDA").toString(), "-o", out.toString()).exitCode());
		Map<String, String> before = files(out);
		assertEquals(List.of(".stratagem-output", "doj.strategy", "usda.strategy"), List.copyOf(before.keySet()));

		Path notAnInventory = Files.writeString(dir.resolve("other.csv"), "name,value\na,1\n");
		assertEquals(2, run("import", "omb-inventory", notAnInventory.toString(), "-o", out.toString()).exitCode());
		assertEquals(before, files(out));

		// The second file cannot be written (a folder Stratagem did not make has its name): the first is not changed either.
		Files.createDirectories(out.resolve("zzz.strategy"));
		CommandRun blocked = run("import", "omb-inventory", inventory("second", "DOJ", "ZZZ").toString(), "-o", out.toString());
		assertEquals(2, blocked.exitCode(), blocked.toString());
		assertEquals("stratagem: nothing imported: refusing to write to " + out + ": zzz.strategy is there and Stratagem did not write it; move it away,"
				+ " or choose an empty or new folder\n", blocked.err());
		Map<String, String> after = files(out);
		assertEquals(before, after, "a file was changed or a temporary file was left");
	}

	@Test
	void aFailedSiteWriteKeepsThePreviousSite() throws IOException {
		Path site = dir.resolve("site");
		OutputFolder.replace(site, Map.of("index.html", "first"), List.of());
		Map<String, String> before = files(site);
		IOException error = assertThrows(IOException.class, () -> OutputFolder.replace(site, new TreeMap<>(Map.of("a.html", "second", "../escape.html", "x")), List.of()));
		assertEquals("refusing to write ../escape.html outside the output folder", error.getMessage());
		assertEquals(List.of(".stratagem-output", "index.html"), List.copyOf(before.keySet()));
		assertEquals(before, files(site));
		try (Stream<Path> siblings = Files.list(dir)) {
			assertEquals(List.of("site"), siblings.map(p -> p.getFileName().toString()).toList(), "no staging folder or escaped file is left");
		}
	}

	@Test
	void aFailedFirstSiteWriteLeavesNoFolder() {
		Path site = dir.resolve("site");
		assertThrows(IOException.class, () -> OutputFolder.replace(site, new TreeMap<>(Map.of("a.html", "first", "a.html/b.html", "x")), List.of()));
		assertFalse(Files.exists(site), "no folder, as before the run");
	}

	/** An inventory with one use case per agency; {@code tag} goes into every title. */
	private Path inventory(String tag, String... agencies) throws IOException {
		StringWriter csv = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT.builder().setHeader(InventoryColumns.ALL.toArray(String[]::new)).get())) {
			for (String agency : agencies) {
				List<String> row = new ArrayList<>();
				for (String column : InventoryColumns.ALL) {
					row.add(switch (column) {
					case InventoryColumns.AGENCY -> agency;
					case InventoryColumns.AGENCY_NAME -> agency + " agency";
					case InventoryColumns.ID -> agency + "-1";
					case InventoryColumns.USE_CASE_NAME -> tag + " use case";
					default -> "";
					});
				}
				printer.printRecord(row);
			}
		}
		return Files.writeString(dir.resolve(tag + ".csv"), csv.toString());
	}
}
