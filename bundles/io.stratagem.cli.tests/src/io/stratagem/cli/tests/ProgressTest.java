package io.stratagem.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.stratagem.cli.ProgressLine;
import io.stratagem.testing.CommandRun;

/**
 * Long commands (validate, generate, import, export) draw their progress as one line on standard
 * error, redrawn in place and cleared at the end: in a terminal after a second, with --progress
 * always, with --no-progress never. Standard output is the same either way, and without a
 * terminal (CI, pipes, these tests) nothing is drawn.
 */
class ProgressTest {

	private static final String ONE_FILE_READ = "\rfiles read [" + "#".repeat(30) + "] 1/1" + "\r" + " ".repeat(47) + "\r";

	private final AtomicLong now = new AtomicLong(0);
	private final StringWriter err = new StringWriter();

	@TempDir
	Path dir;

	@Test
	void inATerminalNothingIsDrawnDuringTheFirstSecond() {
		ProgressLine progress = new ProgressLine(new PrintWriter(err), true, 1_000_000_000L, now::get);
		now.set(900_000_000L);
		progress.step("files read", 1, 10);
		progress.done();
		assertEquals("", err.toString());
	}

	@Test
	void aBarIsDrawnAfterASecondRedrawnInPlaceAndCleared() {
		ProgressLine progress = new ProgressLine(new PrintWriter(err), true, 1_000_000_000L, now::get);
		now.set(1_500_000_000L);
		progress.step("files read", 5, 10);
		assertEquals("\rfiles read [###############               ] 5/10", err.toString());
		progress.step("files written", 1, 4);
		assertEquals("\rfiles read [###############               ] 5/10\rfiles written [#######                       ] 1/4", err.toString());
		progress.done();
		assertTrue(err.toString().endsWith("\r" + " ".repeat(50) + "\r"), "the line is cleared");
	}

	@Test
	void aCountReportedLateByAnotherThreadIsNotDrawn() {
		ProgressLine progress = new ProgressLine(new PrintWriter(err), true, 0, now::get);
		progress.step("files read", 2, 2);
		progress.step("files read", 1, 2);
		assertEquals("\rfiles read [" + "#".repeat(30) + "] 2/2", err.toString());
	}

	@Test
	void disabledNothingIsDrawn() {
		ProgressLine progress = new ProgressLine(new PrintWriter(err), false, 0, now::get);
		progress.step("files read", 10, 10);
		progress.done();
		assertEquals("", err.toString());
	}

	@Test
	void validateWithProgressDrawsTheFilesReadOnStandardErrorOnly() throws IOException {
		Path model = Files.writeString(dir.resolve("m.strategy"), Cli.SMALL_MODEL);
		CommandRun plain = Cli.run("validate", model.toString());
		CommandRun drawn = Cli.run("validate", "--progress", model.toString());
		assertEquals("", plain.err(), "no terminal: nothing drawn");
		assertEquals(ONE_FILE_READ, drawn.err());
		assertEquals(plain.out(), drawn.out());
		assertEquals(plain.exitCode(), drawn.exitCode());
		CommandRun never = Cli.run("validate", "--no-progress", model.toString());
		assertEquals("", never.err());
		assertEquals(plain.out(), never.out());
	}

	@Test
	void generateWithProgressDrawsTheFilesReadAndWritten() throws IOException {
		Path model = Files.writeString(dir.resolve("m.strategy"), Cli.SMALL_MODEL);
		Path site = dir.resolve("site");
		CommandRun plain = Cli.run("generate", model.toString(), "-o", site.toString());
		CommandRun drawn = Cli.run("generate", "--progress", model.toString(), "-o", site.toString());
		assertEquals("", plain.err(), plain.toString());
		assertEquals(plain.out(), drawn.out());
		int written = (int) Files.readString(site.resolve(".stratagem-output")).lines().filter(line -> !line.startsWith("#")).count();
		String last = full("files written", written);
		assertTrue(drawn.err().startsWith(ONE_FILE_READ + "\rfiles written ["), drawn.toString());
		assertTrue(drawn.err().endsWith(last + cleared(last)), drawn.toString());
	}

	@Test
	void exportAndImportWithProgressDrawTheFilesReadAndWritten() throws IOException {
		Path csv = dir.resolve("inventory.csv");
		CommandRun export = Cli.run("export", "omb-inventory", "--progress", Cli.example().toString(), "-o", csv.toString());
		assertEquals(0, export.exitCode(), export.toString());
		String read = full("files read", 10);
		assertTrue(export.err().endsWith(read + cleared(read)), export.toString());
		CommandRun plain = Cli.run("export", "omb-inventory", Cli.example().toString(), "-o", csv.toString());
		assertEquals("", plain.err());
		assertEquals(export.out(), plain.out());

		Path imported = dir.resolve("imported");
		CommandRun drawn = Cli.run("import", "omb-inventory", "--progress", csv.toString(), "-o", imported.toString());
		assertEquals(0, drawn.exitCode(), drawn.toString());
		int written = (int) Files.readString(imported.resolve(".stratagem-output")).lines().filter(line -> !line.startsWith("#")).count();
		String last = full("files written", written);
		assertTrue(drawn.err().startsWith("\rfiles written ["), drawn.toString());
		assertTrue(drawn.err().endsWith(last + cleared(last)), drawn.toString());
		assertEquals("", Cli.run("import", "omb-inventory", csv.toString(), "-o", imported.toString()).err());
	}

	@Test
	void progressAndNoProgressTogetherAreAUsageError() {
		CommandRun result = Cli.run("validate", "--progress", "--no-progress", Cli.example().toString());
		assertEquals(2, result.exitCode(), result.toString());
		assertEquals("", result.out());
	}

	/** The line drawn when all {@code total} steps are done. */
	private static String full(String what, int total) {
		return "\r" + what + " [" + "#".repeat(30) + "] " + total + "/" + total;
	}

	/** What clears a line as long as the longest drawn (the last one here). */
	private static String cleared(String line) {
		return "\r" + " ".repeat(line.length() - 1) + "\r";
	}
}
