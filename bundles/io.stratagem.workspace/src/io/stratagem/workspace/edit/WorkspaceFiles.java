/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.edit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.stratagem.model.files.AtomicFiles;

/**
 * The .strategy files of a workspace's folder on disk: read (UTF-8, size-limited, confined to the
 * folder) and written atomically. Holds no state but the folder.
 */
public final class WorkspaceFiles {

	/** Files above this size are refused, as the command line refuses them (STRAT-IO-004). */
	public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

	private final Path folder;

	/** @param folder an absolute, normalized path of an existing folder */
	WorkspaceFiles(Path folder) {
		this.folder = folder;
	}

	public Path folder() {
		return folder;
	}

	/**
	 * The absolute path of a .strategy file inside the folder.
	 *
	 * @throws IllegalArgumentException when the path is outside the folder or not a .strategy file
	 */
	public Path inside(Path file) {
		Path target = (file.isAbsolute() ? file : folder.resolve(file)).normalize();
		if (!target.startsWith(folder) || !target.getFileName().toString().endsWith(".strategy")) {
			throw new IllegalArgumentException(file + " is not a .strategy file inside " + folder);
		}
		return target;
	}

	/** Refuses a text that would make a file larger than {@link #MAX_FILE_BYTES}. */
	public void checkSize(Path file, String text) throws IOException {
		if (text.getBytes(StandardCharsets.UTF_8).length > MAX_FILE_BYTES) {
			throw new IOException(file.getFileName() + " would be larger than " + MAX_FILE_BYTES / 1024 / 1024 + " MB; split it into several files");
		}
	}

	/**
	 * The text of every .strategy file below the folder, by absolute path, sorted. A link to a file
	 * outside the folder is not part of it: editors and servers show only the folder.
	 */
	public Map<Path, String> readAll() throws IOException {
		Map<Path, String> result = new TreeMap<>();
		List<Path> files;
		Path realRoot = folder.toRealPath();
		try (Stream<Path> tree = Files.walk(folder)) {
			files = tree.filter(f -> f.getFileName().toString().endsWith(".strategy") && Files.isRegularFile(f)).toList();
		}
		List<Path> inside = new ArrayList<>();
		for (Path file : files) {
			if (file.toRealPath().startsWith(realRoot)) {
				inside.add(file);
			}
		}
		for (Path file : inside) {
			if (Files.size(file) > MAX_FILE_BYTES) {
				throw new IOException(file + " is larger than " + MAX_FILE_BYTES / 1024 / 1024 + " MB: split it into several .strategy files");
			}
			byte[] bytes = Files.readAllBytes(file);
			try {
				String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
				result.put(file.toAbsolutePath().normalize(), text);
			} catch (CharacterCodingException e) {
				throw new IOException(file + " is not UTF-8 text: save it as UTF-8", e);
			}
		}
		return result;
	}

	/** Writes new texts, all or none (see {@link AtomicFiles#writeAll(Map)}). */
	public void writeAll(Map<Path, String> texts) throws IOException {
		AtomicFiles.writeAll(texts);
	}
}
