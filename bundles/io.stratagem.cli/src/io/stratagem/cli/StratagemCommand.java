package io.stratagem.cli;

import picocli.CommandLine.Command;

/** The {@code stratagem} command and its subcommands. */
@Command(name = "stratagem", mixinStandardHelpOptions = true, versionProvider = Version.class,
		description = "Validate, compare, format, scaffold, import, export and draw AI strategy models (.strategy files).",
		subcommands = { ValidateCommand.class, DiffCommand.class, GenerateCommand.class, FormatCommand.class, NewCommand.class, ImportCommand.class, ExportCommand.class, DiagramCommand.class, SynthCommand.class, RulesCommand.class, LspCommand.class, ServeCommand.class },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:clean", "1:findings at or above --fail-on, or unformatted files with --check", "2:usage or I/O error" })
public class StratagemCommand implements Runnable {

	@picocli.CommandLine.Spec
	private picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is missing: validate, diff, generate, format, new, import, export, diagram, synth, rules, lsp or serve");
	}
}
