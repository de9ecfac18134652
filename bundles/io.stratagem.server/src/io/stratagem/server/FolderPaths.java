package io.stratagem.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Turns a path that a client names (relative, '/'-separated) into a file of the opened folder, or
 * refuses it: absolute paths, '..' and '.' segments, backslashes and NUL, files that are not
 * .strategy files, and anything whose real path (symbolic links followed) leaves the folder.
 */
final class FolderPaths {

	static final String EXTENSION = ".strategy";

	/** A path that the server does not serve; the message says why, without echoing file contents. */
	static final class RefusedPath extends Exception {
		private static final long serialVersionUID = 1L;

		RefusedPath(String message) {
			super(message);
		}
	}

	private final Path folder;
	private final Path realFolder;

	FolderPaths(Path folder) throws IOException {
		this.folder = folder.toAbsolutePath().normalize();
		this.realFolder = this.folder.toRealPath();
	}

	/** The file a client names; it need not exist yet (a new file), but its folder must. */
	Path resolve(String relative) throws RefusedPath {
		if (relative == null || relative.isEmpty()) {
			throw new RefusedPath("no path given: add ?path=<file>.strategy, relative to the opened folder");
		}
		if (relative.indexOf('\0') >= 0 || relative.indexOf('\\') >= 0) {
			throw new RefusedPath("the path holds a NUL or a backslash; use '/' between folder names");
		}
		if (relative.startsWith("/")) {
			throw new RefusedPath("absolute paths are refused; give the path relative to the opened folder");
		}
		for (String segment : relative.split("/", -1)) {
			if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
				throw new RefusedPath("the path has an empty, '.' or '..' segment; give a plain path inside the opened folder");
			}
		}
		if (!relative.endsWith(EXTENSION)) {
			throw new RefusedPath("only " + EXTENSION + " files are served");
		}
		Path file;
		try {
			file = folder.resolve(relative).normalize();
		} catch (InvalidPathException e) {
			throw new RefusedPath("not a valid path: " + e.getReason());
		}
		return confine(file);
	}

	/**
	 * A file or folder named by absolute path (a language client's file: URI), or the refusal: it
	 * must lie in the opened folder, and so must its real path, symbolic links followed. A file need
	 * not exist yet, but its folder must.
	 */
	Path confine(Path path) throws RefusedPath {
		Path file = path.toAbsolutePath().normalize();
		if (!file.startsWith(folder)) {
			throw new RefusedPath("the path leaves the opened folder");
		}
		try {
			Path real = Files.exists(file, LinkOption.NOFOLLOW_LINKS) || file.getParent() == null ? file.toRealPath()
					: file.getParent().toRealPath().resolve(file.getFileName());
			if (!real.startsWith(realFolder)) {
				throw new RefusedPath("the path leads outside the opened folder (through a symbolic link)");
			}
		} catch (IOException e) {
			throw new RefusedPath("the folder of the path does not exist inside the opened folder");
		}
		return file;
	}

	/** Whether {@link #confine} accepts the path. */
	boolean contains(Path path) {
		try {
			confine(path);
			return true;
		} catch (RefusedPath e) {
			return false;
		}
	}

	/** The path clients use for a file of the folder: relative, '/'-separated. */
	String relative(Path file) {
		return folder.relativize(file.toAbsolutePath().normalize()).toString().replace(file.getFileSystem().getSeparator(), "/");
	}
}
