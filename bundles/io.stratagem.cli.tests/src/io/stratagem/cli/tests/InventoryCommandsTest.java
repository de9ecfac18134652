package io.stratagem.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.stratagem.testing.CommandRun;
import io.stratagem.workspace.load.PathDisplay;

/** {@code stratagem import omb-inventory} and {@code export omb-inventory} on the real inventory. */
class InventoryCommandsTest {

	private static final Path CSV = Cli.root().resolve("data/us-federal-ai-inventory-2025/2025_individually_reported_AI_use_cases.csv").normalize();

	@TempDir
	Path dir;

	private final PathDisplay display = new PathDisplay();

	@Test
	void importOrExportAloneIsAUsageErrorThatNamesWhatCanBeImportedOrExported() {
		for (String group : List.of("import", "export")) {
			CommandRun result = Cli.run(group);
			assertEquals(2, result.exitCode(), result.toString());
			assertEquals("stratagem: say what to " + group + ": omb-inventory or archimate\nTry 'stratagem " + group + " --help' for more information.\n",
					result.err());
		}
	}

	@Test
	void importsValidatesFormatsAndExportsTheRealInventory() throws IOException {
		Path models = dir.resolve("federal");
		CommandRun imported = Cli.run("import", "omb-inventory", CSV.toString(), "-o", models.toString());
		assertEquals(0, imported.exitCode(), imported.err());
		List<String> lines = imported.out().lines().toList();
		assertTrue(lines.get(lines.size() - 1).startsWith("imported 3611 use cases of 41 agencies into " + display.show(models) + " (41 files), "),
				lines.get(lines.size() - 1));
		assertTrue(imported.out().contains(display.show(CSV) + ":row "), "findings name the row");
		assertEquals(41, Files.list(models).filter(f -> f.toString().endsWith(".strategy")).count());
		assertTrue(Files.isRegularFile(models.resolve(".stratagem-output")), "the folder is marked as written by Stratagem");

		CommandRun validated = Cli.run("validate", "--format", "json", "--fail-on", "never", models.toString());
		assertEquals(0, validated.exitCode(), validated.err());
		assertTrue(validated.out().contains("\"UseCase\": 3611"), "every row is a use case");
		assertTrue(!validated.out().contains("STRAT-PARSE") && !validated.out().contains("STRAT-LINK"), "imported files parse and link");

		assertEquals(0, Cli.run("format", "--check", models.toString()).exitCode(), "the importer writes the formatter's layout");

		Path exported = dir.resolve("export/inventory.csv");
		CommandRun export = Cli.run("export", "omb-inventory", models.toString(), "-o", exported.toString());
		assertEquals(0, export.exitCode(), export.err());
		assertEquals("exported 3611 use cases to " + display.show(exported) + "\n", export.out());
		byte[] bytes = Files.readAllBytes(exported);
		assertEquals((byte) 0xEF, bytes[0], "UTF-8 byte-order mark, as the inventory has");
		assertTrue(new String(bytes, StandardCharsets.UTF_8).substring(1).startsWith("agency,agency_name,id,use_case_name,"));

		// The governance findings on the real data are errors (reviews and OMB practices missing):
		// the portfolio site is still produced with --force, with every use case in it.
		Path site = dir.resolve("site");
		CommandRun generated = Cli.run("generate", "--force", models.toString(), "-o", site.toString());
		assertEquals(0, generated.exitCode(), generated.err());
		assertEquals(3611, org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(new java.io.StringReader(Files.readString(site.resolve("exports/use-cases.csv")))).getRecords().size());
		assertTrue(Files.readString(site.resolve("findings.html")).contains("STRAT-OMB-001"), "high-impact use cases lacking practices are reported");
	}

	@Test
	void aFileThatIsNotAnInventoryIsRefusedAndNothingIsWritten() throws IOException {
		Path csv = Files.writeString(dir.resolve("other.csv"), "name,value\na,1\n");
		Path out = dir.resolve("out");
		CommandRun result = Cli.run("import", "omb-inventory", csv.toString(), "-o", out.toString());
		assertEquals(2, result.exitCode());
		assertTrue(result.err().contains("the header is not the 2025 inventory's 36 columns; missing: agency, agency_name"), result.err());
		assertTrue(result.err().contains("unexpected: name, value"), result.err());
		assertTrue(!Files.exists(out), "no partial output");
	}

	@Test
	void missingAndNonUtf8FilesAreInputErrors() throws IOException {
		assertEquals(2, Cli.run("import", "omb-inventory", dir.resolve("none.csv").toString(), "-o", dir.toString()).exitCode());
		Path latin1 = dir.resolve("latin1.csv");
		Files.write(latin1, "agency\nd\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
		CommandRun result = Cli.run("import", "omb-inventory", latin1.toString(), "-o", dir.resolve("out").toString());
		assertEquals(2, result.exitCode());
		assertTrue(result.err().contains("the file is not UTF-8"), result.err());
	}

	@Test
	void exportRefusesModelsThatDoNotParse() throws IOException {
		Files.writeString(dir.resolve("broken.strategy"), "namespace x\nusecase A { stage }\n");
		Path csv = dir.resolve("out.csv");
		CommandRun result = Cli.run("export", "omb-inventory", dir.toString(), "-o", csv.toString());
		assertEquals(1, result.exitCode());
		assertTrue(result.err().contains("nothing exported"), result.err());
		assertTrue(!Files.exists(csv));
	}
}
