package io.stratagem.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.stratagem.testing.CommandRun;
import io.stratagem.workspace.load.ModelFiles;

/**
 * {@code stratagem synth} splits a large model into per-area files, as a large organisation would,
 * so that a million elements load with the default file limit; the split changes where elements
 * are written, never what they are.
 */
class SynthAreaFilesTest {

	private static final long FOUR_MEGABYTES = 4L * 1024 * 1024;

	@TempDir
	Path dir;

	@Test
	void aMillionElementModelHasNoFileOverFourMegabytesButItsRoadmapWhichStaysUnderTheLoaderLimit() throws IOException {
		Path model = dir.resolve("synth");
		CommandRun result = Cli.run("synth", "--use-cases", "60000", "-o", model.toString());
		assertEquals(0, result.exitCode(), result.toString());
		// 1,200 business units in 6 areas: org, strategy, platform, roadmap, 3 x 6 area files, a use-case file per unit
		assertTrue(result.out().startsWith("wrote 1222 files with 60000 use cases to "), result.out());
		List<String> tooLarge = new ArrayList<>();
		long roadmap = Files.size(model.resolve("roadmap.strategy"));
		try (Stream<Path> files = Files.list(model)) {
			for (Path file : files.sorted().toList()) {
				if (!file.getFileName().toString().equals("roadmap.strategy") && Files.size(file) > FOUR_MEGABYTES) {
					tooLarge.add(file.getFileName() + " " + Files.size(file));
				}
			}
		}
		assertEquals(List.of(), tooLarge);
		// the roadmap is one element of the grammar, so one file: about 190 bytes per use case
		assertTrue(roadmap < ModelFiles.DEFAULT_MAX_FILE_MEGABYTES * 1024 * 1024, "roadmap.strategy " + roadmap);
	}

	@Test
	void aSplitModelHasTheSameElementsAndFindingsAsTheUnsplitOne() {
		Path whole = dir.resolve("whole");
		Path split = dir.resolve("split");
		assertEquals(0, Cli.run("synth", "--use-cases", "300", "--area-use-cases", "300", "-o", whole.toString()).exitCode());
		assertEquals(0, Cli.run("synth", "--use-cases", "300", "--area-use-cases", "100", "-o", split.toString()).exitCode());
		JsonObject wholeReport = validate(whole);
		JsonObject splitReport = validate(split);
		JsonObject wholeElements = wholeReport.getAsJsonObject("elements");
		JsonObject splitElements = splitReport.getAsJsonObject("elements");
		// 6 more files: data, KPIs and governance in 3 areas instead of 1, each with its namespace's imports
		assertEquals(List.of(13, 19), List.of(wholeElements.remove("StrategyModel").getAsInt(), splitElements.remove("StrategyModel").getAsInt()));
		assertEquals(List.of(48, 58), List.of(wholeElements.remove("Import").getAsInt(), splitElements.remove("Import").getAsInt()));
		assertEquals(wholeElements, splitElements);
		assertEquals(findingsWithoutPlaces(wholeReport), findingsWithoutPlaces(splitReport));
		assertEquals(0, wholeReport.getAsJsonObject("summary").get("error").getAsInt(), wholeReport.toString());
	}

	@Test
	void theAreasAreNamedInOrderAndTheSameSeedGivesTheSameFiles() throws IOException {
		Path a = dir.resolve("a");
		Path b = dir.resolve("b");
		assertEquals(0, Cli.run("synth", "--use-cases", "300", "--area-use-cases", "100", "--seed", "7", "-o", a.toString()).exitCode());
		assertEquals(0, Cli.run("synth", "--use-cases", "300", "--area-use-cases", "100", "--seed", "7", "-o", b.toString()).exitCode());
		List<String> names = names(a);
		assertEquals(List.of("data-area-1.strategy", "data-area-2.strategy", "data-area-3.strategy", "governance-area-1.strategy",
				"governance-area-2.strategy", "governance-area-3.strategy", "kpis-area-1.strategy", "kpis-area-2.strategy",
				"kpis-area-3.strategy", "org.strategy", "platform.strategy", "roadmap.strategy", "strategy.strategy", "usecases-1.strategy",
				"usecases-2.strategy", "usecases-3.strategy", "usecases-4.strategy", "usecases-5.strategy", "usecases-6.strategy"), names);
		assertEquals(names, names(b));
		for (String name : names) {
			assertEquals(Files.readString(a.resolve(name)), Files.readString(b.resolve(name)), name);
		}
		assertTrue(Files.readString(a.resolve("kpis-area-2.strategy"))
				.startsWith("// Synthetic workload (stratagem synth): one KPI per use case, with measurements of area 2 (business units 3 to 4).\n"
						+ "namespace synth.kpis\n"));
	}

	@Test
	void aModelOfOneAreaKeepsOneFilePerKind() throws IOException {
		Path model = dir.resolve("small");
		assertEquals(0, Cli.run("synth", "--use-cases", "120", "-o", model.toString()).exitCode());
		assertEquals(List.of("data.strategy", "governance.strategy", "kpis.strategy", "org.strategy", "platform.strategy", "roadmap.strategy",
				"strategy.strategy", "usecases-1.strategy", "usecases-2.strategy"), names(model));
	}

	private static JsonObject validate(Path model) {
		CommandRun validated = Cli.run("validate", "--format", "json", "--fail-on", "never", model.toString());
		assertEquals(0, validated.exitCode(), validated.toString());
		return JsonParser.parseString(validated.out()).getAsJsonObject();
	}

	/** Each finding's severity, code, message and element, in a stable order: where it is written is left out. */
	private static List<String> findingsWithoutPlaces(JsonObject report) {
		List<String> findings = new ArrayList<>();
		for (JsonElement each : report.getAsJsonArray("diagnostics")) {
			JsonObject finding = each.getAsJsonObject().deepCopy();
			finding.remove("file");
			finding.remove("line");
			finding.remove("column");
			findings.add(finding.toString());
		}
		findings.sort(null);
		return findings;
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(file -> file.getFileName().toString()).sorted().toList();
		}
	}
}
