package io.stratagem.reliability.tests;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;

/** Large input files, written as a stream: they are too large to build in memory first. */
final class LargeFiles {

	private LargeFiles() {
	}

	/** Writes {@code head}, then {@code line} of 0 to {@code count - 1}, then {@code tail}, each as it is (with its own line breaks). */
	static Path write(Path file, String head, int count, IntFunction<String> line, String tail) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(file)) {
			out.write(head);
			for (int i = 0; i < count; i++) {
				out.write(line.apply(i));
			}
			out.write(tail);
		}
		return file;
	}
}
