package io.stratagem.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.stratagem.testing.CommandRun;

/** {@code stratagem synth}: valid, formatted, proportional and deterministic workloads. */
class SynthCommandTest {

	@TempDir
	Path dir;

	@Test
	void writesAValidFormattedModelThatGrowsInProportion() {
		Path model = dir.resolve("synth");
		CommandRun result = Cli.run("synth", "--use-cases", "120", "-o", model.toString());
		assertEquals(0, result.exitCode(), result.toString());
		CommandRun validated = Cli.run("validate", "--format", "json", "--fail-on", "never", model.toString());
		JsonObject json = JsonParser.parseString(validated.out()).getAsJsonObject();
		assertEquals(0, json.getAsJsonObject("summary").get("error").getAsInt(), validated.out());
		JsonObject elements = json.getAsJsonObject("elements");
		assertEquals(120, elements.get("UseCase").getAsInt());
		assertEquals(120, elements.get("KPI").getAsInt());
		assertEquals(480, elements.get("Measurement").getAsInt());
		assertEquals(120, elements.get("Risk").getAsInt());
		assertEquals(120, elements.get("Control").getAsInt());
		assertEquals(120 + 6, elements.get("Initiative").getAsInt());
		assertEquals(12, elements.get("Objective").getAsInt());
		assertEquals(40, elements.get("DataAsset").getAsInt());
		assertEquals(0, Cli.run("format", "--check", model.toString()).exitCode(), "synthetic files are formatted");
	}

	@Test
	void theSameSeedGivesTheSameFiles() throws IOException {
		Cli.run("synth", "--use-cases", "30", "--seed", "7", "-o", dir.resolve("a").toString());
		Cli.run("synth", "--use-cases", "30", "--seed", "7", "-o", dir.resolve("b").toString());
		Cli.run("synth", "--use-cases", "30", "--seed", "8", "-o", dir.resolve("c").toString());
		for (String file : List.of("roadmap.strategy", "kpis.strategy", "usecases-1.strategy")) {
			assertEquals(Files.readString(dir.resolve("a").resolve(file)), Files.readString(dir.resolve("b").resolve(file)), file);
		}
		assertTrue(!Files.readString(dir.resolve("a/kpis.strategy")).equals(Files.readString(dir.resolve("c/kpis.strategy"))));
	}

	@Test
	void refusesToOverwrite() throws IOException {
		Files.writeString(dir.resolve("keep.strategy"), "namespace keep\n");
		assertEquals(2, Cli.run("synth", "--use-cases", "10", "-o", dir.toString()).exitCode());
		assertEquals(2, Cli.run("synth", "--use-cases", "0", "-o", dir.resolve("new").toString()).exitCode());
	}
}
