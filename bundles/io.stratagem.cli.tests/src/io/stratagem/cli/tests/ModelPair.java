package io.stratagem.cli.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.stratagem.testing.CommandRun;

/**
 * Two versions of a small model written by a test, each in its own folder ({@code old} and
 * {@code new}), with every rule off unless asked otherwise, so that only parsing and linking find
 * anything.
 */
final class ModelPair {

	final Path before;
	final Path after;

	ModelPair(Path dir) throws IOException {
		before = Files.createDirectories(dir.resolve("old"));
		after = Files.createDirectories(dir.resolve("new"));
		Files.writeString(before.resolve("stratagem.properties"), "*.enabled = false\n");
		Files.writeString(after.resolve("stratagem.properties"), "*.enabled = false\n");
	}

	ModelPair old(String file, String text) throws IOException {
		Files.writeString(before.resolve(file), text);
		return this;
	}

	ModelPair now(String file, String text) throws IOException {
		Files.writeString(after.resolve(file), text);
		return this;
	}

	/** Runs {@code stratagem diff OLD NEW} with the given options before the two folders. */
	CommandRun diff(String... options) {
		String[] args = new String[options.length + 3];
		args[0] = "diff";
		System.arraycopy(options, 0, args, 1, options.length);
		args[options.length + 1] = before.toString();
		args[options.length + 2] = after.toString();
		return Cli.run(args);
	}

	/** The heading every Markdown report of this pair starts with. */
	String heading() {
		return "## Strategy changes from `" + before + "` to `" + after + "`\n\n";
	}
}
