package io.stratagem.dsl.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Locates the repository's own files (examples, datasets) from inside a test run. */
public final class ProjectFiles {

	private ProjectFiles() {
	}

	/** The repository root: the {@code stratagem.root} property set by the build, else found upwards. */
	public static Path root() {
		String property = System.getProperty("stratagem.root");
		if (property != null && isRoot(Paths.get(property))) {
			return Paths.get(property).toAbsolutePath().normalize();
		}
		for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (isRoot(dir)) {
				return dir;
			}
		}
		throw new IllegalStateException("Cannot find the repository root: set -Dstratagem.root");
	}

	private static boolean isRoot(Path dir) {
		return Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("bundles"));
	}

	/** The datasets the product is built from, kept in the repository under data/ with their provenance. */
	public static Path datasets() {
		return root().resolve("data");
	}

	public static Path example(String name) {
		return root().resolve("examples").resolve(name);
	}

	/** Every .strategy file below a folder, sorted by path. */
	public static List<Path> strategyFiles(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(f -> f.toString().endsWith(".strategy")).sorted().collect(Collectors.toList());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
