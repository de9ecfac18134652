package io.stratagem.cli.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.stratagem.testing.ProjectFiles;

/**
 * The class-data sharing archive made by the build maps with the launcher's class path: the
 * command line's classes then come from it, not from the jars.
 */
class ClassDataSharingTest {

	private static final Path LIB = Path.of(System.getProperty("stratagem.lib", "target/stratagem/lib")).toAbsolutePath();
	private static final Path ROOT = ProjectFiles.root();

	@Test
	void theCommandLineRunsFromTheArchive() throws Exception {
		Path archive = LIB.resolveSibling("stratagem.jsa");
		assertTrue(Files.size(archive) > 1_000_000, "the archive holds the classes of a run: " + archive);

		// -Xshare:on makes a JVM that cannot map the archive fail instead of running without it
		Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:on",
				"-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1", "-Xlog:class+load=info", "-cp", LIB.resolve("*").toString(),
				"io.stratagem.cli.Main", "validate", ROOT.resolve("examples/acme-insurance").toString())).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(120, TimeUnit.SECONDS));

		assertEquals(0, process.exitValue(), out.length() > 4000 ? out.substring(out.length() - 4000) : out);
		assertTrue(out.contains("io.stratagem.cli.Main source: shared objects file"), "the main class comes from the archive");
		assertTrue(out.contains("org.eclipse.xtext.resource.XtextResource source: shared objects file"), "so do Xtext's");
		assertTrue(out.contains("10 files, 0 errors"), "and the run validated the example");
	}
}
