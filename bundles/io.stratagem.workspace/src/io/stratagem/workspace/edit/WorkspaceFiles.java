/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.edit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import io.stratagem.model.files.AtomicFiles;
import io.stratagem.workspace.load.ModelFiles;

/**
 * The .strategy files of a workspace's folder on disk, read and written by the one loader policy
 * ({@link ModelFiles}, which the command line follows too): which files belong to the folder (links
 * out of it are left out, with a finding), the size limit, strict UTF-8, and writes only inside the
 * folder, atomically. Holds no state but the folder.
 */
public final class WorkspaceFiles {

	/**
	 * What the folder holds: the texts of its readable files and the files left out or not readable,
	 * each by absolute path, sorted.
	 */
	record Contents(Map<Path, String> texts, Map<Path, ModelFiles.Problem> problems) {

		Contents {
			texts = Collections.unmodifiableMap(new TreeMap<>(texts));
			problems = Collections.unmodifiableMap(new TreeMap<>(problems));
		}
	}

	private final Path folder;

	/** @param folder an absolute, normalized path of an existing folder */
	WorkspaceFiles(Path folder) {
		this.folder = folder;
	}

	public Path folder() {
		return folder;
	}

	/**
	 * The absolute path of a .strategy file inside the folder that may be written.
	 *
	 * @throws IllegalArgumentException when the path is outside the folder, leads out of it through
	 *                                  a link, or is not a .strategy file
	 */
	public Path inside(Path file) throws IOException {
		return ModelFiles.writable(folder, file);
	}

	/** Refuses a text that would make a file larger than the limit of one model file. */
	public void checkSize(Path file, String text) throws IOException {
		ModelFiles.checkSize(file, text);
	}

	/**
	 * The .strategy files below the folder: a file that cannot be read (too large, not UTF-8, a
	 * broken link) or a link out of the folder is not part of the texts, but of the problems.
	 *
	 * @throws IOException only when the folder itself cannot be listed
	 */
	Contents readAll() throws IOException {
		Map<Path, String> texts = new TreeMap<>();
		Map<Path, ModelFiles.Problem> problems = new TreeMap<>();
		ModelFiles.Listing listing = ModelFiles.walk(folder);
		listing.problems().forEach(problem -> problems.put(problem.file(), problem));
		for (Path file : listing.files()) {
			ModelFiles.Text read = ModelFiles.read(file);
			if (read.problem() != null) {
				problems.put(file, read.problem());
			} else {
				texts.put(file, read.text());
			}
		}
		return new Contents(texts, problems);
	}

	/**
	 * Writes new texts, all or none (see {@link AtomicFiles#writeAll(Map)}), each only where
	 * {@link #inside(Path)} allows: never through a link out of the folder.
	 */
	public void writeAll(Map<Path, String> texts) throws IOException {
		for (Path file : texts.keySet()) {
			try {
				inside(file);
			} catch (IllegalArgumentException e) {
				throw new IOException(e.getMessage(), e);
			}
		}
		AtomicFiles.writeAll(texts);
	}
}
