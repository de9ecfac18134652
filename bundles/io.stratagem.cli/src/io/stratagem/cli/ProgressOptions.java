package io.stratagem.cli;

import java.io.PrintWriter;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * Whether a long command draws its progress on standard error (a picocli mixin): by default in a
 * terminal, once the command has run a second; with {@code --progress} always and from the start
 * (a run whose standard error is followed in a log); with {@code --no-progress} never.
 */
public class ProgressOptions {

	/** At most one of the two options. */
	static class Choice {
		@Option(names = "--progress", description = "draw the progress on standard error even without a terminal (by default only in a terminal, after a second)")
		boolean always;

		@Option(names = "--no-progress", description = "never draw the progress")
		boolean never;
	}

	@ArgGroup(exclusive = true)
	Choice choice;

	/** The progress line of a command that starts now. */
	ProgressLine start(PrintWriter err) {
		if (choice == null) {
			return new ProgressLine(err, Terminal.interactive(), ProgressLine.TERMINAL_DELAY_NANOS, System::nanoTime);
		}
		return new ProgressLine(err, choice.always, 0, System::nanoTime);
	}
}
