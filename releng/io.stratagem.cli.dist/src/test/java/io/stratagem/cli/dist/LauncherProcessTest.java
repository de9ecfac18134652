package io.stratagem.cli.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The distribution runs as a plain Java process, with no OSGi runtime, and sets exit codes. */
class LauncherProcessTest {

	private static final Path ROOT = Paths.get(System.getProperty("stratagem.root", "../.."));

	@Test
	void validatesTheExampleAsAProcess() throws Exception {
		Run run = stratagem("validate", "--format", "json", ROOT.resolve("examples/acme-insurance").toString());
		assertEquals(0, run.exitCode, run.toString());
		assertTrue(run.out.contains("\"tool\": \"stratagem\""), run.toString());
		assertTrue(run.out.contains("\"UseCase\": 13"), run.toString());
	}

	@Test
	void missingFileExitsWithTwo() throws Exception {
		Run run = stratagem("validate", "does-not-exist.strategy");
		assertEquals(2, run.exitCode, run.toString());
		assertTrue(run.out.contains("does-not-exist.strategy: error STRAT-IO-001 no such file or folder"), run.toString());
	}

	@Test
	void versionNamesTheBundleVersion() throws Exception {
		Run run = stratagem("--version");
		assertEquals(0, run.exitCode, run.toString());
		assertTrue(run.out.startsWith("stratagem 0.1.0."), run.toString());
	}

	private record Run(int exitCode, String out, String err) {
		@Override
		public String toString() {
			return "exit " + exitCode + "\n" + out + "\n" + err;
		}
	}

	private static Run stratagem(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-cp");
		command.add(Paths.get(System.getProperty("stratagem.lib")).resolve("*").toString());
		command.add("io.stratagem.cli.Main");
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
		process.getOutputStream().close();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("stratagem did not finish within 60 s");
		}
		return new Run(process.exitValue(), out, err);
	}
}
