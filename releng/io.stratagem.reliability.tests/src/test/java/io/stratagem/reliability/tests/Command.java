package io.stratagem.reliability.tests;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.stratagem.cli.Main;

/** The {@code stratagem} command run in-process, and the files it leaves in a folder. */
final class Command {

	record Run(int code, String out, String err) {
		@Override
		public String toString() {
			return "exit " + code + "\n" + out + "\n" + err;
		}
	}

	private Command() {
	}

	static Run run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
		return new Run(code, out.toString(), err.toString());
	}

	/** Every file under the folder by relative path with forward slashes, sorted. */
	static Map<String, String> files(Path folder) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> tree = Files.walk(folder)) {
			for (Path file : tree.filter(Files::isRegularFile).toList()) {
				files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readString(file));
			}
		}
		return files;
	}
}
