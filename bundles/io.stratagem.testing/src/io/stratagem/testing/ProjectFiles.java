/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The repository's own files (examples, datasets, documents) as a test run sees them, whether it
 * runs in Tycho's OSGi runtime, in Maven Surefire or in an IDE.
 */
public final class ProjectFiles {

	private ProjectFiles() {
	}

	/**
	 * The repository root: the {@code stratagem.root} property that the build sets, else the first
	 * folder upwards from the working directory that holds {@code pom.xml} and {@code bundles/}.
	 */
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

	/** The folder of an example under examples/, such as {@code acme-insurance}. */
	public static Path example(String name) {
		return root().resolve("examples").resolve(name);
	}

	/** Every .strategy file below a folder, at any depth, sorted by path. */
	public static List<Path> strategyFiles(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(f -> f.toString().endsWith(".strategy")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Copies the .strategy files of an example into a folder (created if missing), so that a test
	 * may edit them or generate beside them; returns the folder.
	 */
	public static Path copyExample(String name, Path into) {
		Path example = example(name);
		try {
			Files.createDirectories(into);
			for (Path file : strategyFiles(example)) {
				Path target = into.resolve(example.relativize(file).toString());
				Files.createDirectories(target.getParent());
				Files.copy(file, target);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return into;
	}

	/**
	 * Every file under a folder, at any depth, by relative path with forward slashes, sorted, with
	 * its UTF-8 text: what a command wrote there, to compare as a whole.
	 */
	public static Map<String, String> files(Path folder) {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> tree = Files.walk(folder)) {
			for (Path file : tree.filter(Files::isRegularFile).toList()) {
				files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readString(file));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return files;
	}

	/** The text of a file, in UTF-8. */
	public static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
