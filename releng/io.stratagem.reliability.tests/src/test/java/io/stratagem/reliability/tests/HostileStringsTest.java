package io.stratagem.reliability.tests;

import static io.stratagem.reliability.tests.Command.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

import io.stratagem.dsl.writer.StrategyWriter;
import io.stratagem.inventory.InventoryColumns;
import io.stratagem.model.xml.SecureXml;
import io.stratagem.testing.CommandRun;
import io.stratagem.testing.ProjectFiles;

/**
 * Model texts that are markup, formulas, paths, control characters or very long go through
 * generate, validate and import: every output escapes them, every file stays in its folder.
 * Names are identifiers and cannot hold such text; titles, descriptions and properties can.
 */
class HostileStringsTest {

	private static final List<String> HOSTILE = List.of(
			"<script>alert(1)</script>",
			"</text><svg onload=alert(1)><text>",
			"]]><!-- &amp; &#x3C; &lt; -->",
			"=cmd|' /C calc'!A0",
			"+SUM(1,2)",
			"-2+3 and more",
			"@SUM(A1:A9)",
			"\t=1+1",
			"../../../etc/passwd",
			"/etc/passwd",
			"C:\\Windows\\system32\\x",
			"nul \u0000 bell \u0007 escape \u001b[31m del \u007f",
			"right-to-left \u202Eevil",
			"| *bold* _it_ [link](javascript:alert(1)) # heading ` code `",
			"section Evil",
			"%% a comment",
			"title: x; y # z",
			"\"quoted\" 'single'",
			"x".repeat(100_000));

	@TempDir
	Path dir;

	@Test
	void everyGeneratedFormatEscapesHostileText() throws IOException {
		Path models = Files.createDirectories(dir.resolve("models"));
		Files.writeString(models.resolve("hostile.strategy"), hostileModel());
		Path site = dir.resolve("site");
		CommandRun run = run("generate", "--force", models.toString(), "-o", site.toString());
		assertEquals(0, run.exitCode(), run.toString());

		Map<String, String> files = files(site);
		GeneratedOutput.assertWellFormed(files);
		try (Stream<Path> siblings = Files.list(dir)) {
			assertEquals(List.of("models", "site"), siblings.map(p -> p.getFileName().toString()).sorted().toList(), "files written outside the output folder");
		}
		// HTML: the text is there, as text.
		String index = SecureXml.parsePage(files.get("index.html"), "index.html").getDocumentElement().getTextContent();
		assertTrue(index.contains("<script>alert(1)</script>"), "the vision is shown as text");
		String roadmap = SecureXml.parsePage(files.get("roadmap.html"), "roadmap.html").getDocumentElement().getTextContent();
		assertTrue(roadmap.contains("</text><svg onload=alert(1)><text>"), "the Gantt label is text inside the SVG");
		assertTrue(files.get("index.html").contains("nul \uFFFD bell \uFFFD escape \uFFFD[31m"), "XML-invalid characters are replaced");
		// CSV: formulas start with an apostrophe; the rest is unchanged.
		List<String> titles = csvColumn(files.get("exports/use-cases.csv"), "title");
		for (String formula : List.of("=cmd|' /C calc'!A0", "+SUM(1,2)", "-2+3 and more", "@SUM(A1:A9)", "\t=1+1")) {
			assertTrue(titles.contains("'" + formula), "not neutralised: " + formula + " in " + titles);
		}
		assertTrue(titles.contains("../../../etc/passwd"));
		// Markdown: no raw markup, no table break.
		String markdown = files.get("roadmap.md");
		assertFalse(markdown.contains("<script>"));
		assertTrue(markdown.contains("\\| \\*bold\\* \\_it\\_ \\[link\\](javascript:alert(1)) \\# heading \\` code \\`"), "Markdown specials are escaped");
		assertTableRowsKeepTheirCells(markdown);
		// JSON parses; Mermaid holds one task per line (checked by assertWellFormed).
		JsonParser.parseString(files.get("exports/summary.json"));
		assertTrue(files.get("roadmap-gantt.mmd").contains("\u200Bsection Evil"), files.get("roadmap-gantt.mmd"));
	}

	@Test
	void validationReportsStayValidDocuments() throws IOException {
		Path models = Files.createDirectories(dir.resolve("models"));
		Files.writeString(models.resolve("hostile.strategy"), hostileModel());
		CommandRun junit = run("validate", "--format", "junit", models.toString());
		SecureXml.parse(junit.out(), "junit report");
		JsonParser.parseString(run("validate", "--format", "json", models.toString()).out());
		JsonParser.parseString(run("validate", "--format", "sarif", models.toString()).out());
	}

	/** Agency codes are the one inventory value that names a file: no path, no two agencies in one file. */
	@Test
	void importedFileNamesStayInTheOutputFolderAndAgenciesNeverMerge() throws IOException {
		List<String> agencies = List.of("../../evil", "/etc/passwd", "DOJ", "doj", "D.O.J.", "", "C:\\x", "..", "x".repeat(500));
		StringWriter csv = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT.builder().setHeader(InventoryColumns.ALL.toArray(String[]::new)).get())) {
			for (int i = 0; i < agencies.size(); i++) {
				List<String> row = new ArrayList<>();
				for (String column : InventoryColumns.ALL) {
					row.add(switch (column) {
					case InventoryColumns.AGENCY -> agencies.get(i);
					case InventoryColumns.AGENCY_NAME -> HOSTILE.get(i);
					case InventoryColumns.ID -> "ID-" + i;
					case InventoryColumns.USE_CASE_NAME -> HOSTILE.get(HOSTILE.size() - 1 - i);
					default -> "";
					});
				}
				printer.printRecord(row);
			}
		}
		Path input = Files.writeString(dir.resolve("inventory.csv"), csv.toString());
		Path out = dir.resolve("imported");
		CommandRun run = run("import", "omb-inventory", input.toString(), "-o", out.toString());
		assertEquals(0, run.exitCode(), run.toString());
		try (Stream<Path> siblings = Files.list(dir)) {
			assertEquals(List.of("imported", "inventory.csv"), siblings.map(p -> p.getFileName().toString()).sorted().toList());
		}
		Map<String, String> files = files(out);
		assertTrue(files.remove(".stratagem-output") != null, "the manifest marks the folder as Stratagem's");
		assertEquals(agencies.size(), files.size(), "one file per agency: " + files.keySet());
		for (String name : files.keySet()) {
			assertTrue(name.matches("[a-z][a-z0-9_]{0,60}\\.strategy"), name);
		}
		for (int i = 0; i < agencies.size(); i++) {
			String id = "ID_" + i;
			assertEquals(1, files.values().stream().filter(text -> text.contains("usecase " + id + " ")).count(), "use case " + id + " is imported once");
		}
		assertEquals(0, run("validate", "--fail-on", "never", out.toString()).exitCode());
	}

	// ------------------------------------------------------------------ helpers

	/** Every row of a Markdown table has as many cells as its header: no text added a cell. */
	private static void assertTableRowsKeepTheirCells(String markdown) {
		String[] lines = markdown.split("\n");
		int cells = -1;
		for (int i = 0; i < lines.length; i++) {
			if (!lines[i].startsWith("|")) {
				cells = -1;
			} else if (cells < 0) {
				cells = cells(lines[i]);
			} else {
				assertEquals(cells, cells(lines[i]), "a table row gained cells: " + lines[i].substring(0, Math.min(200, lines[i].length())));
			}
		}
	}

	private static int cells(String row) {
		return row.split("(?<!\\\\)\\|", -1).length;
	}

	/** A model with every hostile text as a title, description, vision and property. */
	private static String hostileModel() {
		StrategyWriter text = new StrategyWriter(Pipeline.INJECTOR.getInstance(IValueConverterService.class));
		text.line("namespace hostile").blank();
		text.open("strategy", "S", HOSTILE.get(0)).line("vision " + text.string(HOSTILE.get(0) + " " + HOSTILE.get(11))).line("horizon 2027-Q1 to 2028-Q4").close().blank();
		for (int i = 0; i < HOSTILE.size(); i++) {
			text.open("usecase", "U" + i, HOSTILE.get(i)).text("description", HOSTILE.get(i)).property(HOSTILE.get(i), HOSTILE.get(i)).item("stage pilot")
					.item("priority { value 5 criticality 3 riskReduction 2 effort 3 reach 10 impact 1 confidence 50% }").close().blank();
			text.open("kpi", "K" + i, HOSTILE.get(i)).item("unit %").item("baseline 1").item("target 2").close().blank();
			text.open("risk", "R" + i, HOSTILE.get(i)).item("category bias").item("inherent likelihood 3 impact 4").close().blank();
		}
		text.open("roadmap", "Plan", HOSTILE.get(1));
		text.line("phase P " + text.string(HOSTILE.get(14)) + " 2027-Q1 to 2028-Q4 {");
		for (int i = 0; i < HOSTILE.size(); i++) {
			text.open("initiative", "I" + i, HOSTILE.get(i)).item("start 2027-01").item("duration 2 months").close();
		}
		return text.line("}").close().toString();
	}

	/** The files the command wrote, each checked to lie inside the folder (no link out of it). */
	private static Map<String, String> files(Path folder) throws IOException {
		try (Stream<Path> tree = Files.walk(folder)) {
			for (Path file : tree.filter(Files::isRegularFile).toList()) {
				assertTrue(file.toRealPath().startsWith(folder.toRealPath()), file + " is outside " + folder);
			}
		}
		return ProjectFiles.files(folder);
	}

	private static List<String> csvColumn(String csv, String column) throws IOException {
		List<String> values = new ArrayList<>();
		for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
			values.add(record.get(column));
		}
		return values;
	}
}
