/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.testing;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One in-process run of a command's entry point: its exit code and what it printed on standard
 * output and standard error. The entry point is passed in (for the command line, {@code Main::run}),
 * so that this bundle depends on no product bundle and any test module may use it.
 */
public record CommandRun(int exitCode, String out, String err) {

	/** A {@code main} that writes to the writers it is given and returns its exit code. */
	@FunctionalInterface
	public interface EntryPoint {
		int run(String[] args, PrintWriter out, PrintWriter err);
	}

	/** Runs {@code entryPoint} with {@code args} on this thread and keeps what it printed. */
	public static CommandRun of(EntryPoint entryPoint, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		PrintWriter outWriter = new PrintWriter(out);
		PrintWriter errWriter = new PrintWriter(err);
		int code = entryPoint.run(args, outWriter, errWriter);
		outWriter.flush();
		errWriter.flush();
		return new CommandRun(code, out.toString(), err.toString());
	}

	/** The exit code and both outputs, for an assertion's message. */
	@Override
	public String toString() {
		return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
	}
}
