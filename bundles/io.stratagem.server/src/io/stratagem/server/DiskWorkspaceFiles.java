package io.stratagem.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The .strategy files of a folder on disk, for a server that runs without the model workspace of the
 * diagram editor. Writes are atomic (a reader never sees half a file) and serialised.
 */
public final class DiskWorkspaceFiles implements WorkspaceFiles {

	private final Path folder;
	private final List<Consumer<Set<Path>>> listeners = new CopyOnWriteArrayList<>();

	public DiskWorkspaceFiles(Path folder) {
		this.folder = folder.toAbsolutePath().normalize();
	}

	@Override
	public Path folder() {
		return folder;
	}

	@Override
	public List<Path> files() {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(p -> p.getFileName().toString().endsWith(FolderPaths.EXTENSION) && Files.isRegularFile(p)).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public synchronized String text(Path file) throws IOException {
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	@Override
	public void setText(Path file, String text) throws IOException {
		synchronized (this) {
			Path temporary = Files.createTempFile(file.getParent(), ".stratagem-", ".tmp");
			try {
				Files.writeString(temporary, text, StandardCharsets.UTF_8);
				try {
					Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
				} catch (AtomicMoveNotSupportedException e) {
					Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
				}
			} finally {
				Files.deleteIfExists(temporary);
			}
		}
		listeners.forEach(listener -> listener.accept(Set.of(file)));
	}

	@Override
	public AutoCloseable addListener(Consumer<Set<Path>> changedFiles) {
		listeners.add(changedFiles);
		return () -> listeners.remove(changedFiles);
	}
}
