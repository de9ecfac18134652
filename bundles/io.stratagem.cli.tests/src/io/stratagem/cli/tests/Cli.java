package io.stratagem.cli.tests;

import java.nio.file.Path;

import io.stratagem.cli.Main;
import io.stratagem.testing.CommandRun;
import io.stratagem.testing.ProjectFiles;

/** The real entry point run in-process, and the files the tests give it. */
final class Cli {

	private Cli() {
	}

	static CommandRun run(String... args) {
		return CommandRun.of(Main::run, args);
	}

	/** The repository root, passed by the build as stratagem.root. */
	static Path root() {
		return ProjectFiles.root();
	}

	static Path example() {
		return ProjectFiles.example("acme-insurance");
	}
}
