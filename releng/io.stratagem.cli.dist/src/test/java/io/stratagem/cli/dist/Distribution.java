package io.stratagem.cli.dist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The command line archives the build made (target/stratagem-VERSION.tar.gz and .zip), unpacked the way a user
 * unpacks them (tar, unzip) and started through bin/stratagem.
 */
final class Distribution {

	static final String VERSION = System.getProperty("stratagem.version", "0.1.0-SNAPSHOT");

	/** The archives' common path without the extension, e.g. target/stratagem-0.1.0-SNAPSHOT. */
	private static final String ARCHIVE = System.getProperty("stratagem.archive", "target/stratagem-" + VERSION);

	private Distribution() {
	}

	static Path archive(String format) {
		return Path.of(ARCHIVE + "." + format).toAbsolutePath();
	}

	/** Unpacks the archive of the format (tar.gz or zip) into the folder; returns the distribution's home in it. */
	static Path unpack(String format, Path into) throws IOException, InterruptedException {
		Files.createDirectories(into);
		List<String> command = format.equals("zip") ? List.of("unzip", "-q", archive(format).toString(), "-d", into.toString())
				: List.of("tar", "-xzf", archive(format).toString(), "-C", into.toString());
		Run run = run(command, Map.of(), into);
		if (run.exitCode() != 0) {
			throw new AssertionError("unpacking failed: " + run);
		}
		return into.resolve("stratagem-" + VERSION);
	}

	/** Runs the command, with the environment changes given (an empty value removes the variable), to its end. */
	static Run run(List<String> command, Map<String, String> environment, Path workingDirectory) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
		environment.forEach((name, value) -> {
			if (value.isEmpty()) {
				builder.environment().remove(name);
			} else {
				builder.environment().put(name, value);
			}
		});
		Path err = Files.createTempFile("stratagem-err", ".txt");
		try {
			Process process = builder.redirectError(err.toFile()).start();
			process.getOutputStream().close();
			String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError("did not finish within 120 s: " + command);
			}
			return new Run(process.exitValue(), out, Files.readString(err));
		} finally {
			Files.delete(err);
		}
	}

	/** bin/stratagem of the unpacked distribution with the arguments, run from the working directory. */
	static List<String> stratagem(Path home, String... arguments) {
		List<String> command = new ArrayList<>();
		command.add(home.resolve("bin/stratagem").toString());
		command.addAll(List.of(arguments));
		return command;
	}

	/** The environment of a user whose PATH finds this JVM's java and who has no JAVA_HOME. */
	static Map<String, String> javaOnPath() {
		return Map.of("JAVA_HOME", "", "PATH", Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin");
	}

	record Run(int exitCode, String out, String err) {
		@Override
		public String toString() {
			return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
		}
	}
}
