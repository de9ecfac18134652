package io.stratagem.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.stratagem.model.xml.SecureXml;
import io.stratagem.testing.CommandRun;
import io.stratagem.workspace.load.PathDisplay;

/** {@code stratagem validate}: every format parsed back, exit codes, and bad input. */
class ValidateCommandTest {

	@TempDir
	Path dir;

	private final PathDisplay display = new PathDisplay();

	@Test
	void theExampleValidatesWithoutErrors() {
		CommandRun result = Cli.run("validate", Cli.example().toString());
		assertEquals(0, result.exitCode(), result.toString());
		assertTrue(result.out().contains("10 files, 0 errors"), result.toString());
		assertEquals("", result.err());
	}

	@Test
	void textFormatIsWhatCompilersPrint() throws IOException {
		onlyParsingAndLinking();
		Path broken = write("broken.strategy", """
				namespace acme
				usecase Triage {
					stage live
				}
				""");
		Path dangling = write("dangling.strategy", """
				namespace acme
				usecase Chat { owner Nobody }
				""");
		write("fine.strategy", "namespace acme\nrole Cio\n");
		CommandRun result = Cli.run("validate", "--no-color", dir.toString());
		assertEquals(1, result.exitCode(), result.toString());
		List<String> lines = result.out().lines().toList();
		assertEquals(display.show(broken) + ":3:8: error STRAT-PARSE-001 stage must be one of idea, preDeployment, pilot, deployed, retired; found 'live'", lines.get(0));
		assertEquals(display.show(dangling) + ":2:22: error STRAT-LINK-001 Couldn't resolve reference to Role 'Nobody'.", lines.get(1));
		assertEquals("3 files, 2 errors, 0 warnings, 0 infos", lines.get(2));
		assertEquals(3, lines.size());
	}

	@Test
	void jsonReportHasTheDocumentedShape() {
		CommandRun result = Cli.run("validate", "--format", "json", Cli.example().toString());
		assertEquals(0, result.exitCode(), result.toString());
		JsonObject json = JsonParser.parseString(result.out()).getAsJsonObject();
		assertEquals("stratagem", json.get("tool").getAsString());
		assertFalse(json.get("version").getAsString().isEmpty());
		assertEquals(10, json.get("files").getAsInt());
		JsonObject elements = json.getAsJsonObject("elements");
		assertEquals(13, elements.get("UseCase").getAsInt());
		assertEquals(23, elements.get("KPI").getAsInt());
		assertEquals(17, elements.get("Risk").getAsInt());
		assertEquals(35, elements.get("Initiative").getAsInt());
		assertEquals(137, elements.get("Measurement").getAsInt());
		assertEquals(0, elements.get("FrameworkRequirement").getAsInt(), "the built-in library is not counted");
		JsonObject summary = json.getAsJsonObject("summary");
		assertEquals(0, summary.get("error").getAsInt());
		assertEquals(json.getAsJsonArray("diagnostics").size(),
				summary.get("error").getAsInt() + summary.get("warning").getAsInt() + summary.get("info").getAsInt());
	}

	@Test
	void jsonDiagnosticsNameFileLineColumnAndElement() throws IOException {
		onlyParsingAndLinking();
		Path file = write("x.strategy", "namespace acme.claims\nusecase Triage { owner Nobody }\n");
		JsonObject json = JsonParser.parseString(Cli.run("validate", "--format", "json", file.toString()).out()).getAsJsonObject();
		JsonArray diagnostics = json.getAsJsonArray("diagnostics");
		assertEquals(1, diagnostics.size());
		JsonObject diagnostic = diagnostics.get(0).getAsJsonObject();
		assertEquals("error", diagnostic.get("severity").getAsString());
		assertEquals("STRAT-LINK-001", diagnostic.get("code").getAsString());
		assertEquals(display.show(file), diagnostic.get("file").getAsString());
		assertEquals(2, diagnostic.get("line").getAsInt());
		assertEquals(24, diagnostic.get("column").getAsInt());
		assertEquals("acme.claims.Triage", diagnostic.get("element").getAsString());
	}

	@Test
	void sarifReportHasTheRequiredStructure() throws IOException {
		onlyParsingAndLinking();
		Path file = write("x.strategy", "namespace acme\nusecase Triage { owner Nobody }\n");
		CommandRun result = Cli.run("validate", "--format", "sarif", file.toString());
		assertEquals(1, result.exitCode());
		JsonObject sarif = JsonParser.parseString(result.out()).getAsJsonObject();
		assertEquals("2.1.0", sarif.get("version").getAsString());
		JsonObject run = sarif.getAsJsonArray("runs").get(0).getAsJsonObject();
		JsonObject driver = run.getAsJsonObject("tool").getAsJsonObject("driver");
		assertEquals("stratagem", driver.get("name").getAsString());
		JsonObject sarifResult = run.getAsJsonArray("results").get(0).getAsJsonObject();
		assertEquals("STRAT-LINK-001", sarifResult.get("ruleId").getAsString());
		assertEquals("STRAT-LINK-001", driver.getAsJsonArray("rules").get(sarifResult.get("ruleIndex").getAsInt()).getAsJsonObject().get("id").getAsString());
		assertEquals("error", sarifResult.get("level").getAsString());
		assertEquals("Couldn't resolve reference to Role 'Nobody'.", sarifResult.getAsJsonObject("message").get("text").getAsString());
		JsonObject location = sarifResult.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation");
		// the temporary folder is outside the working directory: reached from it with ../ segments
		assertEquals(Paths.get("").toAbsolutePath().relativize(file).toString().replace('\\', '/'), location.getAsJsonObject("artifactLocation").get("uri").getAsString());
		assertEquals("%SRCROOT%", location.getAsJsonObject("artifactLocation").get("uriBaseId").getAsString());
		assertEquals(2, location.getAsJsonObject("region").get("startLine").getAsInt());
		assertEquals(24, location.getAsJsonObject("region").get("startColumn").getAsInt());
	}

	@Test
	void junitReportHasOneTestCasePerFile() throws Exception {
		write("good.strategy", "namespace acme\nrole Cio\n");
		write("bad.strategy", "namespace acme\nusecase Triage { owner Nobody }\n");
		CommandRun result = Cli.run("validate", "--format", "junit", dir.toString());
		assertEquals(1, result.exitCode());
		Document xml = parseXml(result.out());
		Element suite = xml.getDocumentElement();
		assertEquals("testsuite", suite.getTagName());
		assertEquals("2", suite.getAttribute("tests"));
		assertEquals("1", suite.getAttribute("failures"));
		NodeList cases = suite.getElementsByTagName("testcase");
		assertEquals(2, cases.getLength());
		Element bad = (Element) cases.item(0);
		assertTrue(bad.getAttribute("name").endsWith("bad.strategy"));
		assertEquals("STRAT-LINK-001", ((Element) bad.getElementsByTagName("failure").item(0)).getAttribute("type"));
		assertEquals(0, ((Element) cases.item(1)).getElementsByTagName("failure").getLength());
	}

	@Test
	void failOnDecidesTheExitCode() throws IOException {
		Path file = write("x.strategy", "namespace acme\nusecase Triage { owner Nobody }\n");
		assertEquals(1, Cli.run("validate", file.toString()).exitCode());
		assertEquals(0, Cli.run("validate", "--fail-on", "never", file.toString()).exitCode());
		assertEquals(0, Cli.run("validate", "--fail-on", "warning", write("ok.strategy", "namespace ok\nrole Cio\n").toString()).exitCode());
	}

	@Test
	void outputGoesToTheFileAndNothingToStandardOutput() throws IOException {
		Path report = dir.resolve("reports/report.json");
		CommandRun result = Cli.run("validate", "--format", "json", "--output", report.toString(), Cli.example().toString());
		assertEquals(0, result.exitCode(), result.toString());
		assertEquals("", result.out());
		assertEquals(10, JsonParser.parseString(Files.readString(report)).getAsJsonObject().get("files").getAsInt());
	}

	@Test
	void missingPathIsAnInputErrorThatHidesNothingElse() throws IOException {
		Path good = write("x.strategy", "namespace acme\nusecase Triage { owner Nobody }\n");
		Path missing = dir.resolve("missing.strategy");
		CommandRun result = Cli.run("validate", "--no-color", missing.toString(), good.toString());
		assertEquals(2, result.exitCode(), result.toString());
		assertTrue(result.out().contains(display.show(missing) + ": error STRAT-IO-001 no such file or folder"), result.toString());
		assertTrue(result.out().contains(display.show(good) + ":2:24: error STRAT-LINK-001"), result.toString());
	}

	@Test
	void folderWithoutModelsIsAnInputError() throws IOException {
		Path empty = Files.createDirectories(dir.resolve("empty"));
		CommandRun result = Cli.run("validate", "--no-color", empty.toString());
		assertEquals(2, result.exitCode());
		assertTrue(result.out().contains(display.show(empty) + ": error STRAT-IO-003 no .strategy files in this folder"), result.toString());
	}

	@Test
	void nonUtf8FileIsReportedAndTheOthersStillValidated() throws IOException {
		Path latin1 = dir.resolve("latin1.strategy");
		Files.write(latin1, "namespace acme\nrole Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
		Path other = write("other.strategy", "namespace acme\nusecase Triage { owner Nobody }\n");
		CommandRun result = Cli.run("validate", "--no-color", dir.toString());
		assertEquals(2, result.exitCode());
		assertTrue(result.out().contains(display.show(latin1) + ": error STRAT-IO-002 the file is not UTF-8 (invalid byte at offset 23, line 2): save it as UTF-8"),
				result.toString());
		assertTrue(result.out().contains(display.show(other) + ":2:24: error STRAT-LINK-001"), result.toString());
	}

	/** Root reads any file, so an unreadable one is made with a link to a file the kernel refuses to read. */
	@Test
	void unreadableAndBrokenFilesAreReportedAndTheOthersStillValidated() throws IOException {
		Path unreadable = Files.createSymbolicLink(dir.resolve("unreadable.strategy"), Path.of("/proc/self/mem"));
		Path broken = Files.createSymbolicLink(dir.resolve("broken.strategy"), dir.resolve("nowhere.strategy"));
		Path other = write("other.strategy", "namespace acme\nusecase Triage { owner Nobody }\n");
		// the link leads out of the folder: named on the command line, as such links must be to be read
		CommandRun result = Cli.run("validate", "--no-color", dir.toString(), unreadable.toString());
		assertEquals(2, result.exitCode(), result.toString());
		assertTrue(result.out().contains(display.show(unreadable) + ": error STRAT-IO-001 cannot read the file: "), result.toString());
		assertTrue(result.out().contains(display.show(broken) + ": error STRAT-IO-001 not a readable file (a broken link?): fix or remove it"),
				result.toString());
		assertTrue(result.out().contains(display.show(other) + ":2:24: error STRAT-LINK-001"), result.toString());
	}

	@Test
	void unknownOptionIsAUsageError() {
		CommandRun result = Cli.run("validate", "--colour", "x.strategy");
		assertEquals(2, result.exitCode());
		assertTrue(result.err().contains("Unknown option: '--colour'"), result.toString());
		assertTrue(result.err().contains("Try 'stratagem validate --help'"), result.toString());
	}

	@Test
	void everyCommandHasHelp() {
		for (String command : List.of("validate", "format", "new")) {
			CommandRun result = Cli.run(command, "--help");
			assertEquals(0, result.exitCode(), command);
			assertTrue(result.out().startsWith("Usage: stratagem " + command), result.out());
		}
		assertTrue(Cli.run("--help").out().contains("validate"));
	}

	/** A rule profile beside the fixtures that switches every catalogue rule off. */
	private void onlyParsingAndLinking() throws IOException {
		Files.writeString(dir.resolve("stratagem.properties"), "*.enabled = false\n");
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(dir.resolve(name), text);
	}

	private static Document parseXml(String text) throws IOException {
		return SecureXml.parse(text, "junit report");
	}
}
