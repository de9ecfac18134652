package io.stratagem.reliability.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.stratagem.cli.ImportCommand;
import io.stratagem.testing.CommandRun;
import io.stratagem.workspace.load.ModelSetLoader;

/**
 * Huge, deeply nested and large inputs end in a result or a clear error, never in an
 * OutOfMemoryError or a stack overflow. The inputs are made here, in a temporary folder.
 */
class ResourceLimitsTest {

	private static final Duration BOUND = Duration.ofMinutes(3);

	@TempDir
	Path dir;

	@Test
	void aFiftyMegabyteFileIsRefusedWithWhatToDo() throws IOException {
		Path models = Files.createDirectories(dir.resolve("models"));
		Path huge = LargeFiles.write(models.resolve("huge.strategy"), "namespace huge\n\n", 750_000,
				i -> "role R" + i + " \"A role with a title long enough to fill the file quickly\"\n", "");
		assertTrue(Files.size(huge) > 50L * 1024 * 1024, "the file is " + Files.size(huge) + " bytes");
		Files.writeString(models.resolve("small.strategy"), "namespace small\n\nrole Cio\n");
		String[] result = run("validate", models.toString());
		assertEquals("2", result[0], result[1]);
		assertTrue(result[1].contains("huge.strategy: error STRAT-IO-004 the file is 5"), result[1]);
		assertTrue(result[1].contains("MB, more than the 16 MB allowed for one model file: split it into several .strategy files, or raise the limit with -D"
				+ ModelSetLoader.MAX_FILE_PROPERTY + "=<megabytes>"), result[1]);
	}

	@Test
	void theLimitCanBeChanged() throws IOException {
		Path file = dir.resolve("over-a-megabyte.strategy");
		StringBuilder text = new StringBuilder("namespace big\n\n");
		for (int i = 0; text.length() < 1200 * 1024; i++) {
			text.append("role R").append(i).append(" \"A role\"\n");
		}
		Files.writeString(file, text);
		assertEquals("0", run("validate", "--fail-on", "never", file.toString())[0]);
		System.setProperty(ModelSetLoader.MAX_FILE_PROPERTY, "1");
		try {
			String[] refused = run("validate", "--fail-on", "never", file.toString());
			assertEquals("2", refused[0], refused[1]);
			assertTrue(refused[1].contains("more than the 1 MB allowed"), refused[1]);
		} finally {
			System.clearProperty(ModelSetLoader.MAX_FILE_PROPERTY);
		}
	}

	@Test
	void deeplyNestedInputGivesSyntaxErrors() throws IOException {
		Files.writeString(dir.resolve("braces.strategy"), "namespace deep\n\nroadmap R " + "{".repeat(200_000));
		Files.writeString(dir.resolve("blocks.strategy"), "namespace deeper\n\n" + "roadmap R { phase P { initiative I { ".repeat(20_000));
		String[] result = assertTimeoutPreemptively(BOUND, () -> run("validate", dir.toString()));
		assertEquals("1", result[0], result[1]);
		assertTrue(result[1].contains("braces.strategy:3:") && result[1].contains("blocks.strategy:3:") && result[1].contains("error STRAT-PARSE-001"),
				result[1].substring(0, Math.min(2000, result[1].length())));
	}

	@Test
	void aTenThousandElementFileValidatesAndGenerates() throws IOException {
		StringBuilder text = new StringBuilder("namespace large\n\n");
		for (int i = 0; i < 5_000; i++) {
			text.append("role R").append(i).append(" \"Role ").append(i).append("\"\n\n");
			text.append("usecase U").append(i).append(" \"Use case ").append(i).append("\" {\n\towner R").append(i).append("\n\tstage pilot\n}\n\n");
		}
		Path file = Files.writeString(dir.resolve("large.strategy"), text);
		String[] validate = assertTimeoutPreemptively(BOUND, () -> run("validate", "--format", "json", "--fail-on", "never", file.toString()));
		assertEquals("0", validate[0], validate[1].substring(0, Math.min(2000, validate[1].length())));
		assertTrue(validate[1].contains("\"UseCase\": 5000") && validate[1].contains("\"Role\": 5000"), validate[1].substring(0, 2000));
		String[] generate = assertTimeoutPreemptively(BOUND, () -> run("generate", "--force", file.toString(), "-o", dir.resolve("site").toString()));
		assertEquals("0", generate[0], generate[1]);
		assertTrue(Files.readString(dir.resolve("site/exports/use-cases.csv")).lines().count() == 5_001);
	}

	@Test
	void filesUnderTheFileLimitThatAreTooLargeTogetherAreRefusedWithWhatToDo() throws IOException {
		Path models = Files.createDirectories(dir.resolve("models"));
		for (int f = 0; f < 3; f++) {
			StringBuilder text = new StringBuilder("namespace part" + f + "\n\n");
			for (int i = 0; text.length() < 1024 * 1024; i++) {
				text.append("role R").append(i).append(" \"A role with a title\"\n");
			}
			Files.writeString(models.resolve("part" + f + ".strategy"), text);
		}
		System.setProperty(ModelSetLoader.MAX_SET_PROPERTY, "2");
		try {
			String[] result = assertTimeoutPreemptively(BOUND, () -> run("validate", models.toString()));
			assertEquals("2", result[0], result[1]);
			assertTrue(result[1].contains("models: error STRAT-IO-005 the 3 model files are 3.0 MB together, more than the 2 MB allowed for the models of one command with a heap of "
					+ ModelSetLoader.heapMegabytes() + " MB: read fewer files at a time, or give Java more heap (-Xmx) and raise the limit with -D"
					+ ModelSetLoader.MAX_SET_PROPERTY + "=<megabytes> (for ./stratagem in STRATAGEM_JAVA_OPTS)"), result[1]);
		} finally {
			System.clearProperty(ModelSetLoader.MAX_SET_PROPERTY);
		}
		assertEquals("0", run("validate", "--fail-on", "never", models.toString())[0], "the default limit follows the heap");
	}

	@Test
	void anInventoryLargerThanTheLimitIsRefusedWithWhatToDo() throws IOException {
		Path csv = dir.resolve("inventory.csv");
		StringBuilder text = new StringBuilder("Use Case Name,Agency\n");
		for (int i = 0; text.length() < 2 * 1024 * 1024; i++) {
			text.append("Use case ").append(i).append(",Agency\n");
		}
		Files.writeString(csv, text);
		System.setProperty(ImportCommand.OmbInventory.MAX_INVENTORY_PROPERTY, "1");
		try {
			CommandRun run = Command.run("import", "omb-inventory", csv.toString(), "-o", dir.resolve("imported").toString());
			assertEquals(2, run.exitCode(), run.err());
			assertTrue(run.err().endsWith(": error STRAT-IO-007 the inventory is 2.0 MB, more than the 1 MB that can be imported with a heap of "
					+ ModelSetLoader.heapMegabytes() + " MB: split it by agency, or give Java more heap (-Xmx) and raise the limit with -D"
					+ ImportCommand.OmbInventory.MAX_INVENTORY_PROPERTY + "=<megabytes> (for ./stratagem in STRATAGEM_JAVA_OPTS)" + System.lineSeparator()),
					run.err());
			assertEquals("", run.out());
			assertTrue(Files.notExists(dir.resolve("imported")));
		} finally {
			System.clearProperty(ImportCommand.OmbInventory.MAX_INVENTORY_PROPERTY);
		}
	}

	/**
	 * A process with a small heap and the size limits raised: the model exhausts the heap, and the
	 * command ends with one coded line and exit code 2, not a Java trace.
	 */
	@Test
	void runningOutOfMemoryEndsWithOneCodedLine() throws Exception {
		Path file = LargeFiles.write(dir.resolve("large.strategy"), "namespace large\n\n", 400_000, i -> "role R" + i + " \"A role with a title\"\n", "");
		Path lib = Paths.get(System.getProperty("stratagem.lib", "../io.stratagem.cli.dist/target/stratagem/lib"));
		Process process = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
				"-D" + ModelSetLoader.MAX_FILE_PROPERTY + "=1000", "-D" + ModelSetLoader.MAX_SET_PROPERTY + "=1000", "-cp", lib.toAbsolutePath() + "/*",
				"io.stratagem.cli.Main", "validate", file.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(dir.resolve("err.txt").toFile()).start();
		assertTrue(process.waitFor(3, TimeUnit.MINUTES), "the command did not end");
		String err = Files.readString(dir.resolve("err.txt"));
		assertEquals(2, process.exitValue(), err);
		assertTrue(err.startsWith("stratagem: error STRAT-IO-006 out of memory: the input is too large for the heap of "), err);
		assertTrue(err.endsWith(" MB; read less at a time, or give Java more heap with -Xmx<size> (for ./stratagem in STRATAGEM_JAVA_OPTS)\n"), err);
		assertEquals(1, err.lines().count(), err);
	}

	/** @return the exit code, then standard output and error together */
	private static String[] run(String... args) {
		CommandRun run = Command.run(args);
		return new String[] { Integer.toString(run.exitCode()), run.out() + run.err() };
	}
}
