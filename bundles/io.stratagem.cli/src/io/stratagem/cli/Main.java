package io.stratagem.cli;

import java.io.PrintWriter;

import com.google.inject.Injector;

import io.stratagem.dsl.StrategyStandaloneSetup;
import io.stratagem.dsl.validation.SourceCodes;
import io.stratagem.workspace.load.ModelSetLoader;
import io.stratagem.workspace.report.TerminalText;
import picocli.CommandLine;

/** Entry point of the {@code stratagem} command. */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
	}

	private static Injector injector;

	/**
	 * One injector per process: EMF's validator registry keeps the validator of the first injector,
	 * so services a command configures (such as the rule profile) must come from that same one.
	 */
	public static synchronized Injector injector() {
		if (injector == null) {
			injector = StrategyStandaloneSetup.doSetup();
		}
		return injector;
	}

	/** Runs one command in-process and returns its exit code (see {@link ExitCode}). */
	public static int run(String[] args, PrintWriter out, PrintWriter err) {
		// standard output is the report's (validate --format json|sarif|junit) or the protocol's (lsp)
		Logging.toStandardError();
		try {
			return execute(args, out, err);
		} catch (OutOfMemoryError e) {
			out.flush();
			return outOfMemory(err);
		}
	}

	private static int execute(String[] args, PrintWriter out, PrintWriter err) {
		Injector injector = injector();
		CommandLine commandLine = new CommandLine(new StratagemCommand(), new GuiceFactory(injector));
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
			for (Throwable cause = e; cause != null; cause = cause.getCause()) {
				if (cause instanceof OutOfMemoryError) {
					return outOfMemory(cmd.getErr());
				}
			}
			cmd.getErr().println("stratagem: " + TerminalText.visible(e.getMessage()));
			return ExitCode.USAGE_OR_IO;
		});
		commandLine.setParameterExceptionHandler((e, a) -> {
			CommandLine cmd = e.getCommandLine();
			cmd.getErr().println("stratagem: " + e.getMessage());
			cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
			return ExitCode.USAGE_OR_IO;
		});
		int code = commandLine.execute(args);
		out.flush();
		err.flush();
		return code;
	}

	/**
	 * Ends a command that ran out of memory with one coded line instead of a Java trace. What the
	 * command held is unreachable by now, so printing has room again.
	 */
	static int outOfMemory(PrintWriter err) {
		err.println("stratagem: error " + SourceCodes.OUT_OF_MEMORY + " out of memory: the input is too large for the heap of "
				+ ModelSetLoader.heapMegabytes() + " MB; read less at a time, or give Java more heap with -Xmx<size> (for ./stratagem in STRATAGEM_JAVA_OPTS)");
		err.flush();
		return ExitCode.USAGE_OR_IO;
	}

	/** Creates commands through Guice so that they receive the language's services. */
	private record GuiceFactory(Injector injector) implements CommandLine.IFactory {
		@Override
		public <K> K create(Class<K> type) throws Exception {
			return type.getName().startsWith("io.stratagem.") ? injector.getInstance(type) : CommandLine.defaultFactory().create(type);
		}
	}
}
