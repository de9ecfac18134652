package io.stratagem.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static io.stratagem.cli.tests.SiteFiles.csv;
import static io.stratagem.cli.tests.SiteFiles.parseXml;
import static io.stratagem.testing.ProjectFiles.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import io.stratagem.testing.CommandRun;
import io.stratagem.workspace.load.PathDisplay;

/** {@code stratagem generate}: every artifact produced, well-formed, linked, deterministic, safe. */
class GenerateCommandTest {

	/** Every file but the pages of the use cases, which have a folder of their own; the manifest lists them all. */
	private static final List<String> FILES = List.of(".stratagem-output", "conformity.html", "conformity/eu-ai-act.html", "conformity/iso-iec-42001.html",
			"conformity/nist-ai-rmf.html", "conformity/omb-m-25-21.html", "exports/kpis.csv", "exports/kpis.json", "exports/rankings.csv",
			"exports/rankings.json", "exports/risks.csv", "exports/risks.json", "exports/schedule.csv", "exports/schedule.json",
			"exports/summary.json", "exports/use-cases.csv", "exports/use-cases.json", "findings.html", "index.html", "kpis.html", "portfolio.html",
			"readiness.html", "risks.html", "roadmap-gantt.mmd", "roadmap.html", "roadmap.md", "strategy-flowchart.mmd", "style.css", "tables.js",
			"traceability.html");

	@TempDir
	Path dir;

	private final PathDisplay display = new PathDisplay();

	@Test
	void generatesEveryArtifactOfTheExample() throws Exception {
		Path site = Cli.generateExample(dir.resolve("site"));
		Map<String, String> files = files(site);
		assertEquals(FILES, files.keySet().stream().filter(f -> !f.startsWith("use-cases/")).toList());
		assertEquals(13, files.keySet().stream().filter(f -> f.startsWith("use-cases/") && f.endsWith(".html")).count(), "a page per use case");

		for (String page : files.keySet().stream().filter(f -> f.endsWith(".html")).toList()) {
			parseXml(files.get(page));
			for (String link : links(files.get(page))) {
				Path target = site.resolve(page).getParent().resolve(link).normalize();
				assertTrue(target.startsWith(site) && Files.isRegularFile(target), page + " links to missing " + link);
			}
		}
		Document roadmap = parseXml(Files.readString(site.resolve("roadmap.html")));
		assertEquals(1, roadmap.getElementsByTagName("svg").getLength());
		long bars = countMatches(Files.readString(site.resolve("roadmap.html")), "<g class=\"initiative");
		assertEquals(35, bars, "one bar per initiative");
		assertTrue(Files.readString(site.resolve("roadmap.html")).contains("class=\"initiative critical"), "the critical path is highlighted");

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
		CommandRun result = Cli.run("generate", models.toString(), "-o", site.toString());
		assertEquals(0, result.exitCode(), result.toString());
		Map<String, String> files = files(site);
		for (String page : files.keySet().stream().filter(f -> f.endsWith(".html")).toList()) {
			assertFalse(files.get(page).contains("<script>"), page + " contains a script element");
			parseXml(files.get(page));
		}
		assertTrue(parseXml(files.get("use-cases/evil.formula.html")).getDocumentElement().getTextContent().contains("=cmd|' /C calc'!A0"),
				"the use case's page shows its title as text");
		assertFalse(files.get("strategy-flowchart.mmd").contains("<script>"));
		assertTrue(files.get("exports/use-cases.json").contains("\"title\": \"=cmd|' /C calc'!A0\""), "JSON keeps the text as it is");
		assertTrue(Files.readString(site.resolve("index.html")).contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
		assertEquals("'=cmd|' /C calc'!A0", csv(site.resolve("exports/use-cases.csv")).get(0).get("title"));
		String markdown = Files.readString(site.resolve("roadmap.md"));
		assertFalse(markdown.contains("<script>"));
		assertTrue(markdown.contains("\\| \\*bold\\* \\[link\\]"), markdown);
	}

	@Test
	void aFailedRunLeavesThePreviousOutputIntact() throws IOException {
		Path site = Cli.generateExample(dir.resolve("site"));
		Map<String, String> before = files(site);
		Path broken = Files.createDirectories(dir.resolve("broken"));
		Files.writeString(broken.resolve("b.strategy"), "namespace b\nusecase X { owner Nobody }\n");
		CommandRun result = Cli.run("generate", broken.toString(), "-o", site.toString());
		assertEquals(1, result.exitCode());
		assertTrue(result.err().contains("nothing generated: 1 errors (use --force to generate anyway)"), result.err());
		assertEquals(before, files(site));
		assertEquals(0, Cli.run("generate", "--force", broken.toString(), "-o", site.toString()).exitCode());
		assertTrue(Files.readString(site.resolve("findings.html")).contains("STRAT-LINK-001"));
	}

	@Test
	void generatingDespiteErrorsPrintsThemAndSaysItWroteDespiteThem() throws IOException {
		Path broken = Files.createDirectories(dir.resolve("broken"));
		Path model = Files.writeString(broken.resolve("b.strategy"), "namespace b\nusecase X { owner Nobody }\n");
		Path site = dir.resolve("site");
		CommandRun result = Cli.run("generate", "--force", broken.toString(), "-o", site.toString());
		assertEquals(0, result.exitCode(), result.toString());
		assertEquals(display.show(model) + ":2:19: error STRAT-LINK-001 Couldn't resolve reference to Role 'Nobody'.\n"
				+ "stratagem: wrote " + display.show(site) + " despite 1 error (--force): see " + display.show(site.resolve("findings.html")) + "\n",
				result.err());
		assertTrue(result.out().matches("wrote \\d+ files to " + Pattern.quote(display.show(site)) + "; open .*index.html\n"), result.out());
	}

	@Test
	void generatingWithForceAndNoErrorsSaysNothingOnStandardError() {
		CommandRun result = Cli.run("generate", "--force", Cli.example().toString(), "-o", dir.resolve("site").toString());
		assertEquals(0, result.exitCode(), result.toString());
		assertEquals("", result.err());
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
}
