package io.stratagem.cli.tests;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import io.stratagem.cli.Main;

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
		String property = System.getProperty("stratagem.root");
		if (property != null) {
			return Paths.get(property);
		}
		for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve("examples")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
				return dir;
			}
		}
		throw new IllegalStateException("cannot find the repository root: set -Dstratagem.root");
	}

	static Path example() {
		return root().resolve("examples/acme-insurance");
	}
}
