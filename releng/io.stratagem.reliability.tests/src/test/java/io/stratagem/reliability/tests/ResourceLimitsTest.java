package io.stratagem.reliability.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.stratagem.cli.Main;
import io.stratagem.cli.load.ModelSetLoader;

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
		Path huge = models.resolve("huge.strategy");
		try (BufferedWriter out = Files.newBufferedWriter(huge)) {
			out.write("namespace huge\n\n");
			for (int i = 0; i < 750_000; i++) {
				out.write("role R" + i + " \"A role with a title long enough to fill the file quickly\"\n");
			}
		}
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

	/** @return the exit code, then standard output and error together */
	private static String[] run(String... args) {
		StringWriter out = new StringWriter();
		int code = Main.run(args, new PrintWriter(out), new PrintWriter(out));
		return new String[] { Integer.toString(code), out.toString() };
	}
}
