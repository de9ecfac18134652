package io.stratagem.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.stratagem.workspace.report.Finding;
import io.stratagem.workspace.report.SarifReportWriter;
import io.stratagem.workspace.report.Severity;
import io.stratagem.workspace.report.ValidationReport;

/**
 * SARIF result locations: relative references under %SRCROOT%, percent-encoded, also for files
 * outside the working directory, so that the multitool's SARIF1002 and SARIF1004 and GitHub's
 * rules accept them.
 */
class SarifLocationsTest {

	private static final Path WORKING_DIRECTORY = Paths.get("/work/project");

	@Test
	void aResultIsItsRuleLevelMessageFilePositionAndElement() throws IOException {
		assertEquals(JsonParser.parseString("""
				{
				  "ruleId": "STRAT-LINK-001",
				  "ruleIndex": 9,
				  "level": "error",
				  "message": { "text": "Couldn't resolve reference to Role 'Nobody'." },
				  "locations": [ {
				    "physicalLocation": {
				      "artifactLocation": { "uri": "models/chat.strategy", "uriBaseId": "%SRCROOT%" },
				      "region": { "startLine": 2, "startColumn": 22 }
				    },
				    "logicalLocations": [ { "fullyQualifiedName": "acme.Chat" } ]
				  } ]
				}
				"""), result(new Finding(Severity.ERROR, "STRAT-LINK-001", "Couldn't resolve reference to Role 'Nobody'.", "models/chat.strategy", 2, 22, "acme.Chat")));
	}

	@Test
	void aPathWithASpaceIsPercentEncoded() throws IOException {
		assertEquals("my%20models/claims%20triage.strategy", uri("my models/claims triage.strategy"));
	}

	@Test
	void charactersOutsideAsciiAndReservedOnesArePercentEncodedAsUtf8() throws IOException {
		assertEquals("donn%C3%A9es/%25%5B1%5D%23a%3Fb.strategy", uri("données/%[1]#a?b.strategy"));
	}

	@Test
	void aColonInTheFirstSegmentIsNotReadAsAScheme() throws IOException {
		assertEquals("./c:claims.strategy", uri("c:claims.strategy"));
	}

	@Test
	void aFileOutsideTheWorkingDirectoryIsReachedWithDotDotSegmentsUnderTheSameBase() throws IOException {
		JsonObject artifact = artifactLocation("/srv/shared models/org.strategy");
		assertEquals(JsonParser.parseString("{ \"uri\": \"../../srv/shared%20models/org.strategy\", \"uriBaseId\": \"%SRCROOT%\" }"), artifact);
	}

	@Test
	void anAbsolutePathInsideTheWorkingDirectoryIsMadeRelative() throws IOException {
		assertEquals("models/org.strategy", uri("/work/project/models/org.strategy"));
	}

	@Test
	void aFindingAboutAWholeFilePointsAtItsFirstLine() throws IOException {
		JsonObject result = result(new Finding(Severity.ERROR, "STRAT-IO-002", "not UTF-8", "bad.strategy", 0, 0, null));
		assertEquals(JsonParser.parseString("{ \"startLine\": 1 }"),
				result.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation").get("region"));
	}

	@Test
	void theLogNamesTheFinalSchemaAndDeclaresTheBaseWithoutAMachinesPath() throws IOException {
		JsonObject log = log(List.of());
		assertEquals("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json", log.get("$schema").getAsString());
		assertEquals("2.1.0", log.get("version").getAsString());
		JsonObject run = log.getAsJsonArray("runs").get(0).getAsJsonObject();
		assertEquals(JsonParser.parseString("""
				{ "%SRCROOT%": { "description": { "text": "The working directory of the run that wrote this report; run Stratagem from the repository root." } } }
				"""), run.get("originalUriBaseIds"));
		assertEquals(JsonParser.parseString("""
				{ "name": "stratagem", "version": "0.1.0.test", "informationUri": "https://github.com/stratagem/stratagem/blob/main/docs/cli.md" }
				"""), withoutRules(run.getAsJsonObject("tool").getAsJsonObject("driver")));
	}

	@Test
	void theSameFindingsGiveTheSameBytes() throws IOException {
		List<Finding> findings = List.of(new Finding(Severity.WARNING, "STRAT-DATA-001", "Data asset acme.Claims has no owner", "a b.strategy", 5, 1, "acme.Claims"));
		assertEquals(text(findings), text(findings));
	}

	private static JsonObject withoutRules(JsonObject driver) {
		JsonObject copy = driver.deepCopy();
		copy.remove("rules");
		return copy;
	}

	private static String uri(String file) throws IOException {
		return artifactLocation(file).get("uri").getAsString();
	}

	private static JsonObject artifactLocation(String file) throws IOException {
		JsonObject result = result(new Finding(Severity.ERROR, "STRAT-PARSE-001", "syntax", file, 1, 1, null));
		return result.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation").getAsJsonObject("artifactLocation");
	}

	private static JsonObject result(Finding finding) throws IOException {
		return log(List.of(finding)).getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results").get(0).getAsJsonObject();
	}

	private static JsonObject log(List<Finding> findings) throws IOException {
		return JsonParser.parseString(text(findings)).getAsJsonObject();
	}

	private static String text(List<Finding> findings) throws IOException {
		StringWriter out = new StringWriter();
		ValidationReport report = new ValidationReport("0.1.0.test", findings.stream().map(Finding::file).distinct().toList(), Map.of(), findings, Severity.ERROR);
		new SarifReportWriter(WORKING_DIRECTORY).write(report, out);
		return out.toString();
	}
}
