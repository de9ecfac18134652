package io.stratagem.reliability.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import com.google.gson.JsonParser;

import io.stratagem.model.xml.SecureXml;

/** What every generated file set must be, whatever the model says. */
final class GeneratedOutput {

	/** A number, which a spreadsheet reads as a number even with a leading minus. */
	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	/** The site's own table script, shipped with the pages (tables.js), as page-top.mustache loads it. */
	private static final Pattern SITE_SCRIPT = Pattern.compile("<script src=\"(\\.\\./)*tables\\.js\" defer=\"defer\"></script>");

	private GeneratedOutput() {
	}

	static void assertWellFormed(Map<String, String> files) {
		for (Map.Entry<String, String> file : files.entrySet()) {
			String name = file.getKey();
			Path path = Paths.get("out").resolve(name).normalize();
			assertTrue(path.startsWith(Paths.get("out")) && !name.contains(".."), "file name leaves the output folder: " + name);
			try {
				if (name.endsWith(".html")) {
					SecureXml.parsePage(file.getValue(), name); // pages and their inline SVG are well-formed XML
					// the one script a page may load is the site's own table script, from the site's folder
					assertFalse(SITE_SCRIPT.matcher(file.getValue()).replaceAll("").contains("<script"), name + " contains a script element other than the site's tables.js");
				} else if (name.endsWith(".json")) {
					JsonParser.parseString(file.getValue());
				} else if (name.endsWith(".csv")) {
					assertCsvNeutral(name, file.getValue());
				} else if (name.endsWith(".mmd") && file.getValue().startsWith("flowchart")) {
					assertFlowchartSafe(name, file.getValue());
				} else if (name.endsWith(".mmd")) {
					assertMermaidSafe(name, file.getValue());
				}
			} catch (IOException | RuntimeException e) {
				fail(name + " is not well-formed: " + e.getMessage() + "\n" + file.getValue(), e);
			}
		}
	}

	/** No cell that a spreadsheet would run as a formula. */
	static void assertCsvNeutral(String name, String csv) throws IOException {
		for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(csv))) {
			for (String cell : record) {
				boolean formula = !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !NUMBER.matcher(cell).matches();
				assertFalse(formula, name + " has a cell a spreadsheet would run: " + cell);
			}
		}
	}

	/** One line of a flowchart: a subgraph, its end, a node with a quoted label, an edge between ids, or the critical-path class. */
	private static final Pattern FLOWCHART_LINE = Pattern.compile("subgraph \\w+ \\[[A-Za-z ]+\\]|end"
			+ "|[a-z]\\d+(\\(\\[|\\[/|\\[\\[|\\[)\"[^\"#;`<>]*\"(\\]\\)|/\\]|\\]\\]|\\])"
			+ "|[a-z]\\d+ (-->|-->\\|serves\\||-\\.->\\|measured by\\||-->\\|delivers\\||==>) [a-z]\\d+"
			+ "|classDef critical [^\"]+|class [a-z0-9,]+ critical");

	/** After the header, every line has one of the shapes the generator writes, so a label cannot add syntax. */
	static void assertFlowchartSafe(String name, String mermaid) {
		String[] lines = mermaid.split("\n");
		assertTrue(lines[0].equals("flowchart LR"), name + ": not a flowchart");
		for (int i = 1; i < lines.length; i++) {
			assertTrue(FLOWCHART_LINE.matcher(lines[i].trim()).matches(), name + ": not one flowchart statement: " + lines[i]);
		}
	}

	/** Mermaid words that start a directive line rather than a task. */
	private static final Pattern DIRECTIVE = Pattern.compile("(?i)(title|section|dateformat|axisformat|tickinterval|excludes|includes|todaymarker|weekday|inclusiveenddates|topaxis|click)\\s.*|%%.*");

	/**
	 * After the three header lines, every line is a section or a task "title :tags, id, start,
	 * end", so a title cannot add syntax or turn into a directive.
	 */
	static void assertMermaidSafe(String name, String mermaid) {
		String[] lines = mermaid.split("\n");
		for (int i = 3; i < lines.length; i++) {
			String line = lines[i].trim();
			if (line.startsWith("section ")) {
				assertFalse(line.matches(".*[:;#<>\"].*"), name + ": a section title holds Mermaid syntax: " + lines[i]);
				continue;
			}
			assertTrue(line.matches("[^:;#<>\"]+ :(crit, )?t\\d+, \\d{4}-\\d{2}-\\d{2}, \\d{4}-\\d{2}-\\d{2}"), name + ": not one task: " + lines[i]);
			assertFalse(DIRECTIVE.matcher(line).matches(), name + ": a task title reads as a directive: " + lines[i]);
		}
	}
}
