package io.stratagem.cli.dist;

import static io.stratagem.cli.dist.LanguageServerProcess.exit;
import static io.stratagem.cli.dist.LanguageServerProcess.initialize;
import static io.stratagem.cli.dist.LanguageServerProcess.shutdown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.stratagem.testing.ProjectFiles;

/** The distribution runs as a plain Java process, with no OSGi runtime, and sets exit codes. */
class LauncherProcessTest {

	private static final Path ROOT = ProjectFiles.root();

	@Test
	void validatesTheExampleAsAProcess() throws Exception {
		Run run = stratagem("validate", "--format", "json", ROOT.resolve("examples/acme-insurance").toString());
		assertEquals(0, run.exitCode, run.toString());
		assertTrue(run.out.contains("\"tool\": \"stratagem\""), run.toString());
		assertTrue(run.out.contains("\"UseCase\": 13"), run.toString());
	}

	/** ELK and Java2D outside OSGi: plain class path, headless, no display. */
	@Test
	void drawsBothDiagramsAsAProcess(@TempDir Path dir) throws Exception {
		String example = ROOT.resolve("examples/acme-insurance").toString();
		Run graph = stratagem("diagram", example, "--kind", "strategy", "-o", dir.resolve("graph.svg").toString());
		assertEquals(0, graph.exitCode, graph.toString());
		assertTrue(graph.out.startsWith("drew the strategy graph (134 elements, "), graph.toString());
		assertTrue(Files.readString(dir.resolve("graph.svg")).contains("data-element=\"acme.usecases.ClaimsTriage\""));
		Run roadmap = stratagem("diagram", example, "--kind", "roadmap", "-o", dir.resolve("roadmap.png").toString());
		assertEquals(0, roadmap.exitCode, roadmap.toString());
		assertTrue(Files.size(dir.resolve("roadmap.png")) > 10_000, "a real image");
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

	@Test
	void languageServerAnswersInitializeAndShutsDownOnExit() throws Exception {
		Process server = new ProcessBuilder(javaCommand("lsp")).start();
		String root = ROOT.resolve("examples/acme-insurance").toAbsolutePath().normalize().toUri().toString();
		try {
			String response = initialize(server, root);
			assertTrue(response.contains("\"id\":1"), response);
			assertTrue(response.contains("\"completionProvider\""), response);
			assertTrue(response.contains("\"hoverProvider\":true"), response);
			assertTrue(response.contains("\"renameProvider\""), response);
			assertTrue(shutdown(server).contains("\"id\":2"));
			exit(server);
			assertTrue(server.waitFor(30, TimeUnit.SECONDS), "the server exits after exit");
		} finally {
			server.destroyForcibly();
		}
	}

	private record Run(int exitCode, String out, String err) {
		@Override
		public String toString() {
			return "exit " + exitCode + "\n" + out + "\n" + err;
		}
	}

	private static List<String> javaCommand(String... args) {
		List<String> command = new ArrayList<>();
		command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-cp");
		command.add(Paths.get(System.getProperty("stratagem.lib")).resolve("*").toString());
		command.add("io.stratagem.cli.Main");
		command.addAll(List.of(args));
		return command;
	}

	private static Run stratagem(String... args) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(javaCommand(args)).redirectErrorStream(false).start();
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
