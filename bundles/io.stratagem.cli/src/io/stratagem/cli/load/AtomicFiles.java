package io.stratagem.cli.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes files so that a reader sees the old content or the new, never a half-written file. */
public final class AtomicFiles {

	private AtomicFiles() {
	}

	public static void write(Path target, String content) throws IOException {
		write(target, content.getBytes(StandardCharsets.UTF_8));
	}

	public static void write(Path target, byte[] content) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path folder = absolute.getParent();
		Files.createDirectories(folder);
		Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
		try {
			Files.write(temporary, content);
			try {
				Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
