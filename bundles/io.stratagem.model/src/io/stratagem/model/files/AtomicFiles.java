package io.stratagem.model.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes files so that a reader sees the old content or the new, never a half-written file. */
public final class AtomicFiles {

	private AtomicFiles() {
	}

	public static void write(Path target, String content) throws IOException {
		write(target, content.getBytes(StandardCharsets.UTF_8));
	}

	public static void write(Path target, byte[] content) throws IOException {
		writeAllBytes(Map.of(target, content));
	}

	/** {@link #writeAllBytes(Map)} for text, in UTF-8. */
	public static void writeAll(Map<Path, String> files) throws IOException {
		Map<Path, byte[]> bytes = new LinkedHashMap<>();
		files.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
		writeAllBytes(bytes);
	}

	/**
	 * Writes several files: each goes to a temporary file beside its target first, and only when
	 * all are written are they moved into place, so a failure while writing changes no target.
	 */
	public static void writeAllBytes(Map<Path, byte[]> files) throws IOException {
		Map<Path, Path> staged = new LinkedHashMap<>();
		try {
			for (Map.Entry<Path, byte[]> file : files.entrySet()) {
				Path target = file.getKey().toAbsolutePath();
				if (Files.isDirectory(target)) {
					throw new IOException("cannot write " + target + ": it is a folder; move it away or choose another output folder");
				}
				Files.createDirectories(target.getParent());
				Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
				staged.put(temporary, target);
				Files.write(temporary, file.getValue());
			}
			for (Map.Entry<Path, Path> file : staged.entrySet()) {
				try {
					Files.move(file.getKey(), file.getValue(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
				} catch (AtomicMoveNotSupportedException e) {
					Files.move(file.getKey(), file.getValue(), StandardCopyOption.REPLACE_EXISTING);
				}
			}
		} finally {
			for (Path temporary : staged.keySet()) {
				Files.deleteIfExists(temporary);
			}
		}
	}
}
