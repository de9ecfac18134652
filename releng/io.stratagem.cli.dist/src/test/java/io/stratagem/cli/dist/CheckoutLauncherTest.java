package io.stratagem.cli.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.stratagem.testing.ProjectFiles;

/**
 * The {@code stratagem} script at the repository root, run on a copy of it with stand-ins for Java,
 * npm and the Maven wrapper: what a new user sees before the command line exists. Once built, it
 * runs the distribution's own start script (bin/stratagem, tested with the archives).
 */
class CheckoutLauncherTest {

	private static final Path ROOT = ProjectFiles.root();
	private static final String JAR = "releng/io.stratagem.cli.dist/target/stratagem/lib/io.stratagem.cli-0.1.0-SNAPSHOT.jar";
	private static final String START_SCRIPT = "releng/io.stratagem.cli.dist/target/stratagem/bin/stratagem";
	/** What the build does, in shell: the lib folder and the start script in target/stratagem. */
	private static final String BUILT = "mkdir -p \"$(dirname %s)\" \"$(dirname %s)\" && touch %s && cp \"$START_SCRIPT_SOURCE\" %s\n"
			.formatted(JAR, START_SCRIPT, JAR, START_SCRIPT);

	@TempDir
	Path dir;
	private Path checkout;
	private Path bin;
	private Path temp;

	@BeforeEach
	void copyTheLauncherBesideStandIns() throws IOException {
		checkout = Files.createDirectories(dir.resolve("checkout"));
		bin = Files.createDirectories(dir.resolve("bin"));
		temp = Files.createDirectories(dir.resolve("tmp"));
		Files.copy(ROOT.resolve("stratagem"), checkout.resolve("stratagem"));
		// Only the tools the launcher uses, so that a missing java or npm is really missing.
		for (String tool : List.of("bash", "sh", "env", "dirname", "grep", "mktemp", "sleep", "tail", "rm", "cat", "mkdir", "touch", "seq", "cp", "sed",
				"head", "cut", "ls", "pwd")) {
			Files.createSymbolicLink(bin.resolve(tool), which(tool));
		}
		java("17.0.15");
		script(bin.resolve("javac"), "exit 0");
		script(bin.resolve("npm"), "exit 0");
	}

	@Test
	void aFirstRunPrintsOneLinePerModuleAndKeepsNoLog() throws Exception {
		mavenWrapper("""
				for i in 1 2 3; do
				  echo "[INFO] Building Stratagem module $i 0.1.0-SNAPSHOT                    [$i/3]"
				  echo "[INFO] --- compiler noise $i ---"
				done
				""" + BUILT);
		Run run = launch("--version");
		assertEquals(0, run.exitCode, run.toString());
		assertEquals("main: --version", run.out.strip().replaceAll(".* io\\.stratagem\\.cli\\.Main", "main:"), run.toString());
		List<String> lines = run.err.lines().toList();
		assertEquals(5, lines.size(), run.toString());
		assertTrue(lines.get(0).startsWith("stratagem: building the command line from this checkout"), run.toString());
		assertTrue(lines.get(1).matches("stratagem: \\[1/3\\] +Stratagem module 1 \\(\\d+ s\\)"), lines.get(1));
		assertTrue(lines.get(3).matches("stratagem: \\[3/3\\] +Stratagem module 3 \\(\\d+ s\\)"), lines.get(3));
		assertTrue(lines.get(4).matches("stratagem: built in \\d+ s"), lines.get(4));
		assertFalse(run.err.contains("noise"), "the build's own output stays out of the terminal");
		assertEquals(List.of(), files(temp), "a build that succeeded leaves no log behind");
	}

	@Test
	void aFailedBuildShowsItsLastLinesAndNamesTheWholeLog() throws Exception {
		mavenWrapper("""
				echo "[INFO] Building Stratagem module 1 0.1.0-SNAPSHOT                    [1/2]"
				for i in $(seq 1 100); do echo "log line $i"; done
				exit 1
				""");
		Run run = launch("--version");
		assertEquals(1, run.exitCode, run.toString());
		assertTrue(run.err.contains("stratagem: the build failed after "), run.toString());
		assertTrue(run.err.contains("log line 100\n") && run.err.contains("log line 71\n"), "the last 30 lines: " + run);
		assertFalse(run.err.contains("log line 70\n"), run.toString());
		List<Path> logs = files(temp);
		assertEquals(1, logs.size(), "the log is kept");
		assertTrue(run.err.contains("stratagem: the whole log is " + logs.get(0)), run.toString());
		assertTrue(Files.readString(logs.get(0)).contains("log line 1\n"), "the whole log");
		assertFalse(run.out.contains("main:"), "the command line is not started");
	}

	@Test
	void anOldJavaIsNamedWithWhatToInstall() throws Exception {
		java("11.0.2");
		Run run = launch("--version");
		assertEquals(2, run.exitCode, run.toString());
		assertTrue(run.err.startsWith("stratagem: Java 11 found at " + bin.resolve("java") + ", but Stratagem needs Java 17 or newer."), run.toString());
		assertTrue(run.err.contains("openjdk-17-jdk-headless"), run.toString());
	}

	@Test
	void aJavaWithTheOldVersionSchemeIsReadAsItsFeatureVersion() throws Exception {
		java("1.8.0_402");
		Run run = launch("--version");
		assertEquals(2, run.exitCode, run.toString());
		assertTrue(run.err.startsWith("stratagem: Java 8 found at "), run.toString());
	}

	@Test
	void noJavaAtAllSaysWhatToInstall() throws Exception {
		Files.delete(bin.resolve("java"));
		Run run = launch("--version");
		assertEquals(2, run.exitCode, run.toString());
		assertTrue(run.err.startsWith("stratagem: no Java found"), run.toString());
		assertTrue(run.err.contains("JDK 17 or newer"), run.toString());
	}

	@Test
	void aBuildWithoutNpmIsNotStarted() throws Exception {
		Files.delete(bin.resolve("npm"));
		mavenWrapper("echo started > maven-was-run");
		Run run = launch("--version");
		assertEquals(2, run.exitCode, run.toString());
		assertTrue(run.err.startsWith("stratagem: building the command line needs Node.js 20 or newer with npm"), run.toString());
		assertFalse(Files.exists(checkout.resolve("maven-was-run")), "Maven never started");
	}

	@Test
	void aBuiltCheckoutRunsWithoutBuildingAgain() throws Exception {
		mavenWrapper("echo started > maven-was-run");
		Files.createDirectories(checkout.resolve(JAR).getParent());
		Files.createFile(checkout.resolve(JAR));
		Files.createDirectories(checkout.resolve(START_SCRIPT).getParent());
		Files.copy(ROOT.resolve("releng/io.stratagem.cli.dist/src/main/dist/bin/stratagem"), checkout.resolve(START_SCRIPT));
		Run run = launch("validate", "x");
		assertEquals(0, run.exitCode, run.toString());
		assertEquals("", run.err, "nothing but the command's own output");
		assertTrue(run.out.endsWith("io.stratagem.cli.Main validate x\n"), run.toString());
		assertFalse(Files.exists(checkout.resolve("maven-was-run")));
	}

	private void java(String version) throws IOException {
		script(bin.resolve("java"), """
				if [ "$1" = -version ]; then echo 'openjdk version "%s" 2025-04-15' >&2; exit 0; fi
				echo "main: $*"
				""".formatted(version));
	}

	private void mavenWrapper(String body) throws IOException {
		script(checkout.resolve("mvnw"), body);
	}

	private static void script(Path file, String body) throws IOException {
		Files.writeString(file, "#!" + which("bash") + "\n" + body, StandardCharsets.UTF_8);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
	}

	private static Path which(String tool) {
		for (String folder : List.of("/usr/bin", "/bin", "/usr/local/bin")) {
			Path path = Paths.get(folder, tool);
			if (Files.isExecutable(path)) {
				return path;
			}
		}
		throw new IllegalStateException("no " + tool + " on this machine");
	}

	private static List<Path> files(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.sorted().toList();
		}
	}

	private Run launch(String... arguments) throws Exception {
		List<String> command = new java.util.ArrayList<>(List.of(which("bash").toString(), checkout.resolve("stratagem").toString()));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
		builder.environment().clear();
		builder.environment().put("PATH", bin.toString());
		builder.environment().put("TMPDIR", temp.toString());
		builder.environment().put("START_SCRIPT_SOURCE", ROOT.resolve("releng/io.stratagem.cli.dist/src/main/dist/bin/stratagem").toAbsolutePath().toString());
		Process process = builder.start();
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the launcher finishes");
		return new Run(process.exitValue(), Files.readString(dir.resolve("out")), Files.readString(dir.resolve("err")));
	}

	private record Run(int exitCode, String out, String err) {
		@Override
		public String toString() {
			return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
		}
	}
}
