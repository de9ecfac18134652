/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.stratagem.testing.ProjectFiles;

/** The project's example models, read where the build runs ({@code stratagem.root}). */
final class Examples {

	private Examples() {
	}

	static Path root() {
		return ProjectFiles.root();
	}

	static Path acmeInsurance() {
		return ProjectFiles.example("acme-insurance");
	}

	static List<Path> modelFiles(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> f.toString().endsWith(".strategy")).sorted().toList();
		}
	}

	/** A copy of the folder, so tests may change and generate into it. */
	static Path copy(Path folder, Path into) throws IOException {
		Files.createDirectories(into);
		for (Path file : modelFiles(folder)) {
			Files.copy(file, into.resolve(file.getFileName()));
		}
		return into;
	}
}
