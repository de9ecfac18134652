package io.stratagem.reliability.tests;

import io.stratagem.cli.Main;
import io.stratagem.testing.CommandRun;

/** The {@code stratagem} command run in-process. */
final class Command {

	private Command() {
	}

	static CommandRun run(String... args) {
		return CommandRun.of(Main::run, args);
	}
}
