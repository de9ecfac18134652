package io.stratagem.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.stratagem.dsl.validation.Rule;
import io.stratagem.dsl.validation.RuleCatalogue;
import io.stratagem.dsl.validation.RulesDocument;
import io.stratagem.workspace.report.CoreRules;
import io.stratagem.workspace.report.Finding;
import io.stratagem.workspace.report.SarifReportWriter;
import io.stratagem.workspace.report.Severity;
import io.stratagem.workspace.report.ValidationReport;

/** SARIF {@code tool.driver.rules}: every code described as code-scanning services require, and results pointing at them. */
class SarifRulesTest {

	@Test
	void theDriverDescribesEveryCoreCodeThenEveryRuleOfTheCatalogueEvenWhenNothingFired() throws IOException {
		JsonArray rules = driver(report(List.of())).getAsJsonArray("rules");
		List<String> expected = new ArrayList<>();
		CoreRules.rules().forEach(r -> expected.add(r.code()));
		RuleCatalogue.rules().forEach(r -> expected.add(r.code()));
		List<String> ids = new ArrayList<>();
		rules.forEach(r -> ids.add(r.getAsJsonObject().get("id").getAsString()));
		assertEquals(expected, ids);
		assertEquals(List.of("STRAT-IO-001", "STRAT-IO-002", "STRAT-IO-003", "STRAT-IO-004", "STRAT-IO-005", "STRAT-IO-006", "STRAT-IO-007",
				"STRAT-IO-008", "STRAT-PARSE-001", "STRAT-LINK-001", "STRAT-MODEL-000", "STRAT-STRUCT-001"), ids.subList(0, 12));
	}

	@Test
	void aCatalogueRuleCarriesDescriptionsHelpItsSectionOfTheRulesDocumentItsLevelAndTags() throws IOException {
		assertEquals(expectedRule("STRAT-DATA-001", "Data asset … has no owner",
				"Data used by AI needs an accountable owner who decides on its use (EU AI Act Art. 10 data governance; ISO/IEC 42001 A.7).",
				"Add `owner <role>` to the data asset.", "EU AI Act Art. 10; ISO/IEC 42001 A.7",
				"https://github.com/stratagem/stratagem/blob/main/docs/rules.md#strat-data-001", "warning", "area/data", "framework/eu-ai-act",
				"framework/iso-iec-42001"), rule("STRAT-DATA-001"));
	}

	@Test
	void levelsFollowTheDefaultSeverityOfTheCatalogue() throws IOException {
		assertEquals("error", rule("STRAT-DATA-003").getAsJsonObject("defaultConfiguration").get("level").getAsString());
		assertEquals("warning", rule("STRAT-DATA-004").getAsJsonObject("defaultConfiguration").get("level").getAsString());
		assertEquals("note", rule("STRAT-NIST-001").getAsJsonObject("defaultConfiguration").get("level").getAsString());
	}

	@Test
	void aRuleOfStratagemsOwnPracticeIsTaggedWithItsAreaAlone() throws IOException {
		assertEquals(JsonParser.parseString("{ \"tags\": [ \"area/struct\" ] }"), rule("STRAT-STRUCT-001").get("properties"));
		assertEquals(JsonParser.parseString("{ \"tags\": [ \"area/ethics\", \"framework/eu-ai-act\", \"framework/omb-m-25-21\" ] }"),
				rule("STRAT-ETHICS-001").get("properties"));
	}

	@Test
	void aCoreCodeLinksToTheTableOfCodesInTheCommandLineDocument() throws IOException {
		assertEquals(expectedRule("STRAT-LINK-001", "A reference names no element of the right kind",
				"A reference that cannot be resolved leaves the model incomplete: usually a typing error, or the file that declares the element is not among the validated paths.",
				"Correct the name, declare the element, or validate the file that declares it together with this one.", "Stratagem command line",
				"https://github.com/stratagem/stratagem/blob/main/docs/cli.md#codes-that-do-not-come-from-the-rule-catalogue", "error", "area/link"),
				rule("STRAT-LINK-001"));
	}

	@Test
	void everyHelpUriNamesAHeadingOfItsDocumentAsGithubAnchorsIt() throws IOException {
		JsonArray rules = driver(report(List.of())).getAsJsonArray("rules");
		assertEquals(CoreRules.rules().size() + RuleCatalogue.rules().size(), rules.size());
		for (JsonElement element : rules) {
			String helpUri = element.getAsJsonObject().get("helpUri").getAsString();
			assertTrue(helpUri.startsWith(RulesDocument.DOCS_URI), helpUri);
			String[] documentAndAnchor = helpUri.substring(RulesDocument.DOCS_URI.length()).split("#");
			List<String> anchors = Files.readAllLines(Cli.root().resolve("docs").resolve(documentAndAnchor[0])).stream()
					.filter(line -> line.startsWith("#")).map(line -> RulesDocument.anchor(line.replaceFirst("^#+ ", ""))).toList();
			assertTrue(anchors.contains(documentAndAnchor[1]), helpUri + " names no heading of docs/" + documentAndAnchor[0]);
		}
	}

	@Test
	void everyResultNamesItsRuleByIdAndByIndex() throws IOException {
		JsonObject run = run(report(List.of(
				new Finding(Severity.ERROR, "STRAT-LINK-001", "Couldn't resolve reference to Role 'Nobody'.", "a.strategy", 2, 24, "acme.Chat"),
				new Finding(Severity.WARNING, "STRAT-DATA-001", "Data asset acme.Claims has no owner", "a.strategy", 5, 1, "acme.Claims"))));
		JsonArray rules = run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules");
		for (JsonElement result : run.getAsJsonArray("results")) {
			int index = result.getAsJsonObject().get("ruleIndex").getAsInt();
			assertEquals(result.getAsJsonObject().get("ruleId"), rules.get(index).getAsJsonObject().get("id"));
		}
		assertEquals(9, run.getAsJsonArray("results").get(0).getAsJsonObject().get("ruleIndex").getAsInt()); // the tenth code: after the eight STRAT-IO codes and STRAT-PARSE-001
	}

	@Test
	void aCodeOutsideTheCatalogueGetsARuleAfterTheCatalogue() throws IOException {
		JsonObject run = run(report(List.of(new Finding(Severity.ERROR, "STRAT-TEST-001", "A test check fired", "a.strategy", 1, 1, null))));
		JsonArray rules = run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules");
		int last = rules.size() - 1;
		assertEquals(CoreRules.rules().size() + RuleCatalogue.rules().size(), last);
		assertEquals(last, run.getAsJsonArray("results").get(0).getAsJsonObject().get("ruleIndex").getAsInt());
		assertEquals(expectedRule("STRAT-TEST-001", "Finding STRAT-TEST-001", "A finding of a check that is not in the rule catalogue.",
				"Read the message of the finding.", null, null, "error", "area/test"), rules.get(last));
	}

	@Test
	void theFrameworksOfARuleAreThoseItsSourceNames() {
		assertEquals(List.of("EU AI Act", "OMB M-25-21"), RuleCatalogue.get("STRAT-ETHICS-001").frameworks());
		assertEquals(List.of("ISO/IEC 42001", "NIST AI RMF"), RuleCatalogue.get("STRAT-RISK-001").frameworks());
		assertEquals(List.of(), RuleCatalogue.get("STRAT-ROADMAP-002").frameworks());
		assertTrue(Rule.FRAMEWORKS.stream().allMatch(f -> RuleCatalogue.rules().stream().anyMatch(r -> r.frameworks().contains(f))),
				"every framework is named by a rule");
	}

	/**
	 * A rule as SARIF describes it: its help is the full description, the remedy and the source
	 * (when it has one), in plain text and in Markdown; without a help page it has no helpUri.
	 */
	private static JsonObject expectedRule(String id, String shortDescription, String fullDescription, String remedy, String source, String helpUri,
			String level, String... tags) {
		JsonObject rule = new JsonObject();
		rule.addProperty("id", id);
		rule.add("shortDescription", text(shortDescription));
		rule.add("fullDescription", text(fullDescription));
		JsonObject help = text(fullDescription + "\nRemedy: " + remedy + (source == null ? "" : "\nSource: " + source));
		help.addProperty("markdown", fullDescription + "\n\n**Remedy:** " + remedy + (source == null ? "" : "\n\n**Source:** " + source));
		rule.add("help", help);
		if (helpUri != null) {
			rule.addProperty("helpUri", helpUri);
		}
		JsonObject configuration = new JsonObject();
		configuration.addProperty("level", level);
		rule.add("defaultConfiguration", configuration);
		JsonArray tagArray = new JsonArray();
		for (String tag : tags) {
			tagArray.add(tag);
		}
		JsonObject properties = new JsonObject();
		properties.add("tags", tagArray);
		rule.add("properties", properties);
		return rule;
	}

	private static JsonObject text(String text) {
		JsonObject message = new JsonObject();
		message.addProperty("text", text);
		return message;
	}

	private static JsonObject rule(String code) throws IOException {
		for (JsonElement rule : driver(report(List.of())).getAsJsonArray("rules")) {
			if (rule.getAsJsonObject().get("id").getAsString().equals(code)) {
				return rule.getAsJsonObject();
			}
		}
		throw new AssertionError("no rule " + code);
	}

	private static JsonObject driver(ValidationReport report) throws IOException {
		return run(report).getAsJsonObject("tool").getAsJsonObject("driver");
	}

	private static JsonObject run(ValidationReport report) throws IOException {
		StringWriter out = new StringWriter();
		new SarifReportWriter().write(report, out);
		return JsonParser.parseString(out.toString()).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject();
	}

	private static ValidationReport report(List<Finding> findings) {
		return new ValidationReport("0.1.0.test", findings.stream().map(Finding::file).distinct().toList(), Map.of(), findings, Severity.ERROR);
	}
}
