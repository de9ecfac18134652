package io.stratagem.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import io.stratagem.model.xml.SecureXml;

/** {@code stratagem generate}: every artifact produced, well-formed, linked, deterministic, safe. */
class GenerateCommandTest {

	private static final List<String> FILES = List.of("exports/kpis.csv", "exports/rankings.csv", "exports/risks.csv", "exports/schedule.csv",
			"exports/summary.json", "exports/use-cases.csv", "findings.html", "index.html", "kpis.html", "portfolio.html", "risks.html",
			"roadmap-gantt.mmd", "roadmap.html", "roadmap.md", "style.css");

	@TempDir
	Path dir;

	@Test
	void generatesEveryArtifactOfTheExample() throws Exception {
		Path site = dir.resolve("site");
		Cli.Result result = Cli.run("generate", Cli.example().toString(), "-o", site.toString());
		assertEquals(0, result.exitCode(), result.toString());
		assertEquals(FILES, files(site).keySet().stream().toList());

		for (String page : List.of("index.html", "roadmap.html", "portfolio.html", "kpis.html", "risks.html", "findings.html")) {
			parseXml(Files.readString(site.resolve(page)));
			for (String link : links(Files.readString(site.resolve(page)))) {
				assertTrue(Files.isRegularFile(site.resolve(link)), page + " links to missing " + link);
			}
		}
		Document roadmap = parseXml(Files.readString(site.resolve("roadmap.html")));
		assertEquals(1, roadmap.getElementsByTagName("svg").getLength());
		long bars = countMatches(Files.readString(site.resolve("roadmap.html")), "<rect class=\"bar");
		assertEquals(35, bars, "one bar per initiative");
		assertTrue(Files.readString(site.resolve("roadmap.html")).contains("class=\"bar critical\""), "the critical path is highlighted");

		assertEquals(13, csv(site.resolve("exports/use-cases.csv")).size());
		assertEquals(35, csv(site.resolve("exports/schedule.csv")).size());
		assertEquals(26, csv(site.resolve("exports/rankings.csv")).size(), "13 use cases ranked by WSJF and by RICE");
		assertEquals(23, csv(site.resolve("exports/kpis.csv")).size());
		assertTrue(Files.readString(site.resolve("roadmap-gantt.mmd")).startsWith("gantt\n"));
		assertTrue(Files.readString(site.resolve("exports/summary.json")).contains("\"useCases\": 13"));
	}

	@Test
	void outputIsByteForByteDeterministic() throws IOException {
		Cli.run("generate", Cli.example().toString(), "-o", dir.resolve("a").toString());
		Cli.run("generate", Cli.example().toString(), "-o", dir.resolve("b").toString());
		assertEquals(files(dir.resolve("a")), files(dir.resolve("b")));
	}

	@Test
	void modelStringsAreTextInEveryFormat() throws Exception {
		Path models = Files.createDirectories(dir.resolve("models"));
		Files.writeString(models.resolve("x.strategy"), """
				namespace evil
				strategy S "<script>alert(1)</script>" {
					horizon 2027-Q1 to 2027-Q4
				}
				usecase Formula "=cmd|' /C calc'!A0" {
					stage pilot
					priority { value 5 criticality 3 riskReduction 2 effort 3 reach 10 impact 1 confidence 50% }
				}
				roadmap R {
					initiative I "</text><script>x</script> | *bold* [link](javascript:x)" {
						start 2027-01
						duration 2 months
					}
				}
				""");
		Path site = dir.resolve("site");
		Cli.Result result = Cli.run("generate", models.toString(), "-o", site.toString());
		assertEquals(0, result.exitCode(), result.toString());
		for (String page : List.of("index.html", "roadmap.html", "portfolio.html")) {
			String html = Files.readString(site.resolve(page));
			assertFalse(html.contains("<script>"), page + " contains a script element");
			parseXml(html);
		}
		assertTrue(Files.readString(site.resolve("index.html")).contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
		assertEquals("'=cmd|' /C calc'!A0", csv(site.resolve("exports/use-cases.csv")).get(0).get("title"));
		String markdown = Files.readString(site.resolve("roadmap.md"));
		assertFalse(markdown.contains("<script>"));
		assertTrue(markdown.contains("\\| \\*bold\\* \\[link\\]"), markdown);
	}

	@Test
	void aFailedRunLeavesThePreviousOutputIntact() throws IOException {
		Path site = dir.resolve("site");
		assertEquals(0, Cli.run("generate", Cli.example().toString(), "-o", site.toString()).exitCode());
		Map<String, String> before = files(site);
		Path broken = Files.createDirectories(dir.resolve("broken"));
		Files.writeString(broken.resolve("b.strategy"), "namespace b\nusecase X { owner Nobody }\n");
		Cli.Result result = Cli.run("generate", broken.toString(), "-o", site.toString());
		assertEquals(1, result.exitCode());
		assertTrue(result.err().contains("nothing generated: 1 errors (use --force to generate anyway)"), result.err());
		assertEquals(before, files(site));
		assertEquals(0, Cli.run("generate", "--force", broken.toString(), "-o", site.toString()).exitCode());
		assertTrue(Files.readString(site.resolve("findings.html")).contains("STRAT-LINK-001"));
	}

	private static Map<String, String> files(Path folder) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> tree = Files.walk(folder)) {
			for (Path file : tree.filter(Files::isRegularFile).toList()) {
				files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readString(file));
			}
		}
		return files;
	}

	private static List<String> links(String html) {
		Matcher matcher = Pattern.compile("(?:href|src)=\"([^\"#:]+)\"").matcher(html);
		List<String> links = new java.util.ArrayList<>();
		while (matcher.find()) {
			links.add(matcher.group(1));
		}
		return links;
	}

	private static long countMatches(String text, String needle) {
		return Pattern.compile(Pattern.quote(needle)).matcher(text).results().count();
	}

	private static List<CSVRecord> csv(Path file) throws IOException {
		return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(Files.readString(file))).getRecords();
	}

	/** HTML pages are written as well-formed XML, so an XML parser checks them strictly. */
	private static Document parseXml(String text) throws IOException {
		return SecureXml.parsePage(text, "page");
	}
}
