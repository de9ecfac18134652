package io.stratagem.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A command that only groups subcommands ({@code stratagem import}, {@code stratagem export}):
 * run alone, it is a usage error that names its subcommands.
 */
abstract class CommandGroup implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(spec.commandLine(), "say what to " + spec.name() + ": " + String.join(" or ", spec.subcommands().keySet()));
	}
}
