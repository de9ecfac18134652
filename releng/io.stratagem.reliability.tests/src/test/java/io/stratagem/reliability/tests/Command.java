package io.stratagem.reliability.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.stratagem.cli.Main;
import io.stratagem.testing.CommandRun;

/** The {@code stratagem} command run in-process, and the files it leaves in a folder. */
final class Command {

	private Command() {
	}

	static CommandRun run(String... args) {
		return CommandRun.of(Main::run, args);
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
