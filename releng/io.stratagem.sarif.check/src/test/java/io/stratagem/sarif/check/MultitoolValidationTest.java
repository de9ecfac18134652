package io.stratagem.sarif.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.stratagem.cli.Main;
import io.stratagem.testing.ProjectFiles;

/**
 * The SARIF of {@code stratagem validate} passes Microsoft's SARIF multitool {@code validate} with its
 * default rules and with GitHub's: no error, no warning. The reports are written from the repository
 * root (the build's working directory here), as a CI job writes them.
 */
class MultitoolValidationTest {

	private static final Path MODULE = ProjectFiles.root().resolve("releng/io.stratagem.sarif.check");

	/** The GitHub rule set: rule kind Ghas, with the rules that are off by default switched on. */
	private static final List<String> GITHUB = List.of("--rule-kind", "Ghas", "--config", MODULE.resolve("src/test/resources/github.configuration.xml").toString());

	private static final List<String> DEFAULT = List.of();

	@TempDir
	static Path outside;

	private static Path out;

	private static Path example;

	private static Path brokenModel;

	@BeforeAll
	static void writeReports() throws IOException {
		out = Files.createDirectories(MODULE.resolve("target/sarif"));
		example = out.resolve("example.sarif");
		validate(example, ProjectFiles.root().relativize(ProjectFiles.example("acme-insurance")).toString());
		brokenModel = out.resolve("broken-model.sarif");
		validate(brokenModel, brokenModel().toString(), outsideTheWorkingDirectory().toString());
	}

	/** Both rule sets, named for the tests' display names. */
	static Stream<Named<List<String>>> ruleSets() {
		return Stream.of(Named.of("the default rules", DEFAULT), Named.of("GitHub's rules", GITHUB));
	}

	@ParameterizedTest(name = "the example passes {0}")
	@MethodSource("ruleSets")
	void theExamplePassesBothRuleSets(List<String> ruleSet) throws IOException, InterruptedException {
		assertPasses(example, ruleSet);
	}

	@ParameterizedTest(name = "the broken model passes {0}")
	@MethodSource("ruleSets")
	void aBrokenModelWithASpaceANonAsciiNameAndAFileOutsideTheWorkingDirectoryPassesBothRuleSets(List<String> ruleSet) throws IOException, InterruptedException {
		assertPasses(brokenModel, ruleSet);
	}

	@Test
	void theBrokenModelsReportHasWhatItIsMeantToTest() throws IOException {
		String sarif = Files.readString(brokenModel);
		for (String expected : List.of("broken%20models/claims.strategy", "broken%20models/donn%C3%A9es.strategy", "\"../", "STRAT-PARSE-001",
				"STRAT-LINK-001", "STRAT-IO-002", "STRAT-UC-003")) {
			assertTrue(sarif.contains(expected), expected + " in\n" + sarif);
		}
	}

	/** The check is not blind: the SARIF of the previous writer (a space not encoded, an absolute path under the base, id-only rules, no region for a whole file) fails both rule sets. */
	@Test
	void theReportsOfThePreviousWriterFail() throws IOException, InterruptedException {
		Path old = out.resolve("previous-writer.sarif");
		Files.writeString(old, """
				{
				  "version": "2.1.0",
				  "runs": [ {
				    "tool": { "driver": { "name": "stratagem", "version": "0.1.0", "rules": [ { "id": "STRAT-LINK-001" } ] } },
				    "results": [ {
				      "ruleId": "STRAT-LINK-001", "level": "error", "message": { "text": "Couldn't resolve reference to Role 'Nobody'." },
				      "locations": [ { "physicalLocation": {
				        "artifactLocation": { "uri": "/tmp/broken models/chat.strategy", "uriBaseId": "%SRCROOT%" },
				        "region": { "startLine": 2, "startColumn": 22 } } } ]
				    }, {
				      "ruleId": "STRAT-IO-002", "level": "error", "message": { "text": "not UTF-8" },
				      "locations": [ { "physicalLocation": {
				        "artifactLocation": { "uri": "latin1.strategy", "uriBaseId": "%SRCROOT%" } } } ]
				    } ]
				  } ]
				}
				""");
		assertEquals(List.of("error SARIF1002", "error SARIF1004", "warning SARIF2004", "warning SARIF2005", "warning SARIF2008", "warning SARIF2017"),
				rulesOf(problems(old, DEFAULT)));
		// GH1003 is one of the rules github.configuration.xml switches on
		assertEquals(List.of("error GH1003", "error GH1013", "error GH2012", "error GH2012", "error GH2012"), rulesOf(problems(old, GITHUB)));
	}

	/** Syntax and linking errors, a file that is not UTF-8 (a finding without a line), in a folder with a space. */
	private static Path brokenModel() throws IOException {
		Path models = Files.createDirectories(out.resolve("broken models"));
		Files.writeString(models.resolve("claims.strategy"), "namespace acme\nusecase Triage {\n\tstage live\n}\n");
		Files.writeString(models.resolve("données.strategy"), "namespace acme\nusecase Chat { owner Nobody }\n");
		Files.write(models.resolve("latin1.strategy"), "namespace acme\nrole Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
		return models;
	}

	/** Rule findings in a file outside the working directory (the repository root). */
	private static Path outsideTheWorkingDirectory() throws IOException {
		Path elsewhere = Files.createDirectories(outside.resolve("elsewhere"));
		Files.writeString(elsewhere.resolve("org.strategy"), "namespace acme\nrole Cio\nusecase Scoring { stage deployed }\n");
		return elsewhere;
	}

	private static void validate(Path report, String... paths) {
		List<String> args = new ArrayList<>(List.of("validate", "--format", "sarif", "--fail-on", "never", "--overwrite", "-o", report.toString()));
		args.addAll(List.of(paths));
		StringWriter err = new StringWriter();
		int code = Main.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err));
		assertTrue(code == 0 || code == 2, "exit " + code + ": " + err);
		assertTrue(Files.exists(report), err.toString());
	}

	private static void assertPasses(Path sarif, List<String> ruleSet) throws IOException, InterruptedException {
		List<String> problems = problems(sarif, ruleSet);
		assertEquals(List.of(), problems, "the multitool's errors and warnings on " + sarif);
	}

	private static List<String> rulesOf(List<String> problems) {
		return problems.stream().map(p -> p.substring(0, p.indexOf(':'))).sorted().toList();
	}

	/** Runs the multitool's validate and returns its errors and warnings as "level RULE: message" lines, and its tool errors. */
	private static List<String> problems(Path sarif, List<String> ruleSet) throws IOException, InterruptedException {
		Path log = out.resolve(sarif.getFileName() + (ruleSet.isEmpty() ? ".default" : ".github") + ".validation.sarif");
		List<String> command = new ArrayList<>(List.of(multitool().toString(), "validate", sarif.toString(), "--output", log.toString(), "--log",
				"ForceOverwrite"));
		command.addAll(ruleSet);
		Path console = out.resolve(log.getFileName() + ".txt");
		Process process = new ProcessBuilder(command).directory(out.toFile())
				.redirectErrorStream(true).redirectOutput(console.toFile()).start();
		assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the multitool did not finish: " + command);
		assertEquals(0, process.exitValue(), Files.readString(console));
		JsonObject run = JsonParser.parseString(Files.readString(log)).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject();
		List<String> problems = new ArrayList<>();
		for (JsonElement element : array(run, "results")) {
			JsonObject result = element.getAsJsonObject();
			String level = result.has("level") ? result.get("level").getAsString() : "warning";
			if (level.equals("error") || level.equals("warning")) {
				problems.add(level + " " + result.get("ruleId").getAsString() + ": " + message(result, run));
			}
		}
		for (JsonElement invocation : array(run, "invocations")) {
			for (String kind : List.of("toolExecutionNotifications", "toolConfigurationNotifications")) {
				for (JsonElement notification : array(invocation.getAsJsonObject(), kind)) {
					String level = notification.getAsJsonObject().has("level") ? notification.getAsJsonObject().get("level").getAsString() : "warning";
					if (level.equals("error") || level.equals("warning")) {
						problems.add(level + " " + kind + ": " + notification.getAsJsonObject().getAsJsonObject("message").get("text").getAsString());
					}
				}
			}
		}
		return problems;
	}

	/** The message's text, or its rule's message string with the arguments put in. */
	private static String message(JsonObject result, JsonObject run) {
		JsonObject message = result.getAsJsonObject("message");
		if (message.has("text")) {
			return message.get("text").getAsString();
		}
		String text = message.get("id").getAsString();
		for (JsonElement rule : array(run.getAsJsonObject("tool").getAsJsonObject("driver"), "rules")) {
			JsonObject strings = rule.getAsJsonObject().getAsJsonObject("messageStrings");
			if (rule.getAsJsonObject().get("id").getAsString().equals(result.get("ruleId").getAsString()) && strings != null && strings.has(text)) {
				text = strings.getAsJsonObject(text).get("text").getAsString();
			}
		}
		JsonArray arguments = message.has("arguments") ? message.getAsJsonArray("arguments") : new JsonArray();
		for (int i = 0; i < arguments.size(); i++) {
			text = text.replace("{" + i + "}", arguments.get(i).getAsString());
		}
		return text;
	}

	private static JsonArray array(JsonObject object, String name) {
		return object.has(name) ? object.getAsJsonArray(name) : new JsonArray();
	}

	/** The platform's multitool program, installed by npm (package-lock.json) into node_modules. */
	private static Path multitool() {
		String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
		String platform = os.startsWith("windows") ? "win32" : os.startsWith("mac") ? "darwin" : "linux";
		Path program = MODULE.resolve("node_modules/@microsoft").resolve("sarif-multitool-" + platform).resolve(platform.equals("win32") ? "Sarif.Multitool.exe" : "Sarif.Multitool");
		assertTrue(Files.isExecutable(program), "the SARIF multitool is not installed: " + program + " (npm ci in releng/io.stratagem.sarif.check)");
		return program;
	}
}
