package io.stratagem.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.stratagem.testing.CommandRun;
import io.stratagem.workspace.load.PathDisplay;

/**
 * {@code stratagem diff --format sarif}: every finding of the new version with its
 * {@code baselineState} (new or unchanged), then the resolved ones as absent, so that a CI fails
 * only on what a change introduces.
 */
class DiffSarifBaselineStateTest {

	@TempDir
	Path dir;

	@Test
	void eachResultSaysWhetherItIsNewUnchangedOrAbsent() throws IOException {
		CommandRun result = DiffMarkdownReportTest.findingsPair(dir).diff("--format", "sarif");
		assertEquals(1, result.exitCode(), result.toString());
		assertEquals(List.of("unchanged STRAT-LINK-001 a.strategy:5 acme.Triage", "new STRAT-LINK-001 a.strategy:6 acme.Chat",
				"absent STRAT-LINK-001 b.strategy:2 acme.Letters"), results(result.out()));
	}

	/** Each result as {@code baselineState ruleId uri:line element}. */
	static List<String> results(String sarif) {
		List<String> lines = new ArrayList<>();
		JsonObject run = JsonParser.parseString(sarif).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject();
		for (JsonElement element : run.getAsJsonArray("results")) {
			JsonObject result = element.getAsJsonObject();
			JsonObject location = result.getAsJsonArray("locations").get(0).getAsJsonObject();
			JsonObject physical = location.getAsJsonObject("physicalLocation");
			lines.add(result.get("baselineState").getAsString() + " " + result.get("ruleId").getAsString() + " "
					+ shown(physical.getAsJsonObject("artifactLocation").get("uri").getAsString()) + ":"
					+ physical.getAsJsonObject("region").get("startLine").getAsInt() + " "
					+ location.getAsJsonArray("logicalLocations").get(0).getAsJsonObject().get("fullyQualifiedName").getAsString());
		}
		return lines;
	}

	/** A result's URI (relative to the working directory) as the text reports show the file. */
	private static String shown(String uri) {
		return new PathDisplay().show(Paths.get(URI.create(uri).getPath()));
	}
}
