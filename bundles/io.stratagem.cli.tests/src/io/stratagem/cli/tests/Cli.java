package io.stratagem.cli.tests;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import io.stratagem.cli.Main;
import io.stratagem.testing.ProjectFiles;

/** Runs the real entry point in-process and keeps what it printed. */
final class Cli {

	/** What one run printed and returned. */
	record Result(int exitCode, String out, String err) {
		@Override
		public String toString() {
			return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
		}
	}

	private Cli() {
	}

	static Result run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
		return new Result(code, out.toString(), err.toString());
	}

	/** The repository root, passed by the build as stratagem.root. */
	static Path root() {
		return ProjectFiles.root();
	}

	static Path example() {
		return ProjectFiles.example("acme-insurance");
	}
}
