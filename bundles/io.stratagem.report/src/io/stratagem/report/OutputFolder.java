package io.stratagem.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Replaces an output folder as a whole: the new files are written to a sibling folder first and
 * swapped in only when all are written, so a failed run leaves the previous output as it was.
 * Paths come from the generator, never from model names, and must stay inside the folder.
 */
public final class OutputFolder {

	private OutputFolder() {
	}

	public static void replace(Path target, Map<String, String> files) throws IOException {
		Path folder = target.toAbsolutePath().normalize();
		Path parent = folder.getParent();
		Files.createDirectories(parent);
		Path staging = Files.createTempDirectory(parent, "." + folder.getFileName() + ".new-");
		try {
			for (Map.Entry<String, String> file : files.entrySet()) {
				Path path = staging.resolve(file.getKey()).normalize();
				if (!path.startsWith(staging)) {
					throw new IOException("refusing to write " + file.getKey() + " outside the output folder");
				}
				Files.createDirectories(path.getParent());
				Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
			}
			Path old = null;
			if (Files.exists(folder)) {
				old = parent.resolve("." + folder.getFileName() + ".old-" + System.nanoTime());
				Files.move(folder, old, StandardCopyOption.ATOMIC_MOVE);
			}
			Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
			if (old != null) {
				delete(old);
			}
		} finally {
			if (Files.exists(staging)) {
				delete(staging);
			}
		}
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> tree = Files.walk(folder)) {
			for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
