package io.stratagem.dist.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The p2 update site as one zip (io.stratagem.repository): its metadata, the feature and its plug-ins. */
class UpdateSiteZipTest {

	private static Archive site() throws IOException {
		return Archive.read(Path.of(System.getProperty("update.site")), name -> false);
	}

	@Test
	void holdsTheP2MetadataAtItsRoot() throws IOException {
		Archive site = site();
		assertTrue(site.modes().containsKey("content.jar"), site.modes().keySet().toString());
		assertTrue(site.modes().containsKey("artifacts.jar"), site.modes().keySet().toString());
	}

	@Test
	void holdsTheFeatureAndItsPlugins() throws IOException {
		Archive site = site();
		for (String unit : new String[] { "features/io.stratagem.feature_", "plugins/io.stratagem.model_", "plugins/io.stratagem.dsl_",
				"plugins/io.stratagem.cli_" }) {
			assertTrue(site.modes().keySet().stream().anyMatch(name -> name.startsWith(unit) && name.endsWith(".jar")), unit + " in " + site.modes().keySet());
		}
	}
}
