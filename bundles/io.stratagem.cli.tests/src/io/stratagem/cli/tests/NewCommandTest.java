package io.stratagem.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.stratagem.testing.CommandRun;

/** {@code stratagem new}: a project that validates and is formatted, and no overwriting. */
class NewCommandTest {

	@TempDir
	Path dir;

	@Test
	void createsAValidFormattedProject() {
		Path project = dir.resolve("Acme Bank");
		CommandRun created = Cli.run("new", project.toString());
		assertEquals(0, created.exitCode(), created.toString());
		assertTrue(created.out().contains("(namespace acmebank)"), created.toString());
		assertTrue(Files.isRegularFile(project.resolve("strategy.strategy")));
		assertTrue(Files.isRegularFile(project.resolve("organisation.strategy")));

		CommandRun validated = Cli.run("validate", "--format", "json", project.toString());
		assertEquals(0, validated.exitCode(), validated.toString());
		assertTrue(validated.out().contains("\"error\": 0"), validated.out());
		assertEquals(0, Cli.run("format", "--check", project.toString()).exitCode());
	}

	@Test
	void refusesAFolderThatIsNotEmpty() throws IOException {
		Files.writeString(dir.resolve("notes.txt"), "keep me");
		CommandRun result = Cli.run("new", dir.toString());
		assertEquals(2, result.exitCode());
		assertTrue(result.err().contains("already exists and is not an empty folder"), result.toString());
		assertEquals("keep me", Files.readString(dir.resolve("notes.txt")));
	}
}
