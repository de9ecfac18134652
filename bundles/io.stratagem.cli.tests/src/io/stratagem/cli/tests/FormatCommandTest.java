package io.stratagem.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.stratagem.testing.CommandRun;
import io.stratagem.workspace.load.PathDisplay;

/** {@code stratagem format}: rewrites, checks, and never touches a file it cannot parse. */
class FormatCommandTest {

	private static final String CRAMPED = "namespace acme\nrole Cio   \"CIO\" usecase Triage{owner Cio stage pilot}\n";

	/** CRAMPED in the standard layout. */
	private static final String FORMATTED = Cli.SMALL_MODEL;

	@TempDir
	Path dir;

	private final PathDisplay display = new PathDisplay();

	@Test
	void checkListsUnformattedFilesAndChangesNothing() throws IOException {
		Path file = Files.writeString(dir.resolve("a.strategy"), CRAMPED);
		CommandRun result = Cli.run("format", "--check", dir.toString());
		assertEquals(1, result.exitCode(), result.toString());
		assertEquals(display.show(file) + ":2: not formatted\n", result.out());
		assertEquals(CRAMPED, Files.readString(file));
	}

	@Test
	void formatRewritesInPlace() throws IOException {
		Path file = Files.writeString(dir.resolve("a.strategy"), CRAMPED);
		CommandRun result = Cli.run("format", file.toString());
		assertEquals(0, result.exitCode(), result.toString());
		assertEquals("formatted " + display.show(file) + "\n", result.out());
		assertEquals(FORMATTED, Files.readString(file));
		assertEquals(0, Cli.run("format", "--check", file.toString()).exitCode());
	}

	@Test
	void aFileWithSyntaxErrorsIsNeverRewritten() throws IOException {
		String broken = "namespace acme\nusecase   Triage { stage }\n";
		Path file = Files.writeString(dir.resolve("broken.strategy"), broken);
		CommandRun result = Cli.run("format", file.toString());
		assertEquals(1, result.exitCode(), result.toString());
		assertTrue(result.err().startsWith(display.show(file) + ":2:26: error STRAT-PARSE-001"), result.toString());
		assertTrue(result.err().contains("(file not formatted)"), result.toString());
		assertEquals(broken, Files.readString(file));
	}

	@Test
	void theExampleIsFormatted() {
		CommandRun result = Cli.run("format", "--check", Cli.example().toString());
		assertEquals(0, result.exitCode(), result.toString());
		assertEquals("", result.out());
	}
}
