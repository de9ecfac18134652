package io.stratagem.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import io.stratagem.cli.Main;
import io.stratagem.testing.CommandRun;
import io.stratagem.testing.ProjectFiles;

/** The real entry point run in-process, and the files the tests give it. */
final class Cli {

	/** A role and a use case, in the layout {@code stratagem format} writes. */
	static final String SMALL_MODEL = """
			namespace acme

			role Cio "CIO"

			usecase Triage {
				owner Cio
				stage pilot
			}
			""";

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

	/** Generates the site of the example into {@code site}, which the test needs to succeed; returns {@code site}. */
	static Path generateExample(Path site) {
		CommandRun result = run("generate", example().toString(), "-o", site.toString());
		assertEquals(0, result.exitCode(), result.toString());
		return site;
	}
}
