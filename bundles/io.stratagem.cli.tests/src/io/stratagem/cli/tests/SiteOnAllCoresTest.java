package io.stratagem.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Injector;

import io.stratagem.cli.Main;
import io.stratagem.dsl.library.BuiltInLibrary;
import io.stratagem.report.RoadmapArtifacts;
import io.stratagem.report.SiteGenerator;
import io.stratagem.testing.CommandRun;
import io.stratagem.workspace.load.ModelSet;
import io.stratagem.workspace.load.ModelSetLoader;
import io.stratagem.workspace.report.Finding;
import io.stratagem.workspace.report.FindingCollector;

/**
 * A fully linked model's engine services (traceability, conformity next to readiness, schedule and
 * the rest) run on all cores when {@code generate} writes its site: every file must be what the
 * engine gives on one thread.
 */
class SiteOnAllCoresTest {

	@TempDir
	Path dir;

	private final Injector injector = Main.injector();

	@Test
	void theSiteOfASynthesizedModelIsTheSiteOneThreadWrites() {
		Path model = dir.resolve("synth");
		CommandRun result = Cli.run("synth", "--use-cases", "300", "-o", model.toString());
		assertEquals(0, result.exitCode(), result.toString());
		assertSameSite(model);
	}

	@Test
	void theSiteOfTheExampleIsTheSiteOneThreadWrites() {
		assertSameSite(Cli.example());
	}

	private void assertSameSite(Path folder) {
		ModelSet models = injector.getInstance(ModelSetLoader.class).load(List.of(folder));
		assertTrue(models.fullyLinked(), "the model links fully, so its site is worked out on all cores");
		List<Finding> findings = injector.getInstance(FindingCollector.class).collect(models);

		Map<String, String> allCores = injector.getInstance(RoadmapArtifacts.class).of(models, findings);
		Map<String, String> oneThread = injector.getInstance(SiteGenerator.class).generate(new ArrayList<>(models.resources().values()),
				injector.getInstance(BuiltInLibrary.class).requirements(models.resourceSet()), findings);

		assertEquals(oneThread.keySet(), allCores.keySet());
		oneThread.forEach((path, text) -> assertEquals(text, allCores.get(path), path));
	}
}
