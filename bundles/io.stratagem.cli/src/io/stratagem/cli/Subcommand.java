package io.stratagem.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import com.google.inject.Inject;

import io.stratagem.workspace.load.PathDisplay;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every subcommand that does work has: picocli's view of it (for its output streams and
 * usage) and the one way paths are shown. Picocli and Guice fill the fields of this class too.
 */
abstract class Subcommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Inject
	PathDisplay display;

	/** Standard output: what the command produces (a report format writes only the report there). */
	PrintWriter out() {
		return spec.commandLine().getOut();
	}

	/** Standard error: progress, refusals and problems. */
	PrintWriter err() {
		return spec.commandLine().getErr();
	}
}
