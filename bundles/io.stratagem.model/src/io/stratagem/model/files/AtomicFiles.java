package io.stratagem.model.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes files so that a reader sees the old content or the new, never a half-written file.
 * A rewritten file keeps its permissions (and owner and group where the process may set them); a
 * new file gets the permissions the umask gives; a symbolic link is written through to the file it
 * points to, never replaced by a regular file.
 */
public final class AtomicFiles {

	/** Ends the names of the temporary files, which also carry the id of the process that made them. */
	static final String TEMPORARY_SUFFIX = ".stratagem-tmp";

	private static final AtomicLong COUNTER = new AtomicLong();

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
	 * Temporary files that a killed run left beside a target are removed.
	 */
	public static void writeAllBytes(Map<Path, byte[]> files) throws IOException {
		Map<Path, Path> staged = new LinkedHashMap<>();
		Set<Path> folders = new LinkedHashSet<>();
		try {
			for (Map.Entry<Path, byte[]> file : files.entrySet()) {
				Path target = writableTarget(file.getKey());
				Files.createDirectories(target.getParent());
				if (folders.add(target.getParent())) {
					removeLeftTemporaries(target.getParent());
				}
				Path temporary = temporaryBeside(target);
				staged.put(temporary, target);
				Files.write(temporary, file.getValue());
				keepAttributes(target, temporary);
			}
			for (Map.Entry<Path, Path> file : staged.entrySet()) {
				moveIntoPlace(file.getKey(), file.getValue());
			}
		} finally {
			for (Path temporary : staged.keySet()) {
				Files.deleteIfExists(temporary);
			}
		}
	}

	/**
	 * The file that writing {@code path} changes: the path itself, or the file a symbolic link
	 * points to.
	 *
	 * @throws IOException when the path is a folder or a link to nothing
	 */
	public static Path writableTarget(Path path) throws IOException {
		Path target = path.toAbsolutePath().normalize();
		if (Files.isSymbolicLink(target)) {
			try {
				target = target.toRealPath();
			} catch (NoSuchFileException e) {
				throw new IOException("cannot write " + path + ": it is a symbolic link to " + Files.readSymbolicLink(target)
						+ ", which does not exist; create that file or remove the link");
			}
		}
		if (Files.isDirectory(target)) {
			throw new IOException("cannot write " + target + ": it is a folder; move it away or choose another output folder");
		}
		return target;
	}

	/**
	 * Creates an empty temporary file beside {@code target}: readable by its owner only while it
	 * replaces an existing file (which may be private; {@link #keepAttributes} gives it the
	 * target's permissions once written), with the permissions the umask gives for a new file.
	 */
	static Path temporaryBeside(Path target) throws IOException {
		Path temporary = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
				+ COUNTER.incrementAndGet() + TEMPORARY_SUFFIX);
		if (posixAttributes(target) == null) {
			Files.createFile(temporary);
		} else {
			Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		return temporary;
	}

	/**
	 * Gives {@code replacement} the permissions, owner and group of {@code original} when both are
	 * on a POSIX file system and the original exists; an owner or group the process may not give
	 * is left as it is.
	 */
	public static void keepAttributes(Path original, Path replacement) throws IOException {
		if (!Files.exists(original, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		Map<String, Object> ids = unixIds(original);
		if (ids != null) {
			// Numeric ids where the platform has them: naming the owner and group read the user and
			// group databases (/etc/passwd) for every file of a regenerated site.
			Files.getFileAttributeView(replacement, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
					.setPermissions(Files.readAttributes(original, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS).permissions());
			Map<String, Object> own = unixIds(replacement);
			for (String id : List.of("uid", "gid")) {
				if (!ids.get(id).equals(own.get(id))) {
					try {
						Files.setAttribute(replacement, "unix:" + id, ids.get(id), LinkOption.NOFOLLOW_LINKS);
					} catch (IOException e) {
						// Only a privileged process may give a file away, or to a group it is not in.
					}
				}
			}
			return;
		}
		PosixFileAttributes attributes = posixAttributes(original);
		if (attributes == null) {
			return;
		}
		PosixFileAttributeView view = Files.getFileAttributeView(replacement, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
		view.setPermissions(attributes.permissions());
		try {
			if (!attributes.owner().equals(Files.getOwner(replacement, LinkOption.NOFOLLOW_LINKS))) {
				view.setOwner(attributes.owner());
			}
		} catch (IOException e) {
			// Only a privileged process may give a file away; the permissions are what matters.
		}
		try {
			view.setGroup(attributes.group());
		} catch (IOException e) {
			// The process is not a member of the original group.
		}
	}

	/** The numeric owner and group of a file ({@code uid}, {@code gid}); null where the JDK has no "unix" view. */
	private static Map<String, Object> unixIds(Path file) throws IOException {
		try {
			return Files.readAttributes(file, "unix:uid,gid", LinkOption.NOFOLLOW_LINKS);
		} catch (UnsupportedOperationException | IllegalArgumentException e) {
			return null;
		}
	}

	/** Renames a written temporary file over its target, atomically where the file system can. */
	public static void moveIntoPlace(Path temporary, Path target) throws IOException {
		try {
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/**
	 * Whether {@code name} is a name this class or {@code OutputFolder} gave to a temporary file or
	 * folder in a process that has ended (killed before it could clean up).
	 */
	public static boolean isLeftByEndedProcess(String name, String prefix, String suffix) {
		if (!name.startsWith(prefix) || !name.endsWith(suffix)) {
			return false;
		}
		String middle = name.substring(prefix.length(), name.length() - suffix.length());
		int dot = middle.lastIndexOf('.');
		String tag = dot < 0 ? middle : middle.substring(dot + 1);
		int dash = tag.indexOf('-');
		if (dash <= 0) {
			return false;
		}
		try {
			long pid = Long.parseLong(tag.substring(0, dash));
			Long.parseLong(tag.substring(dash + 1));
			return ProcessHandle.of(pid).map(process -> !process.isAlive()).orElse(true);
		} catch (NumberFormatException e) {
			return false;
		}
	}

	/** Removes the temporary files that killed runs left in the folder. */
	private static void removeLeftTemporaries(Path folder) throws IOException {
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ".*" + TEMPORARY_SUFFIX)) {
			for (Path entry : entries) {
				if (isLeftByEndedProcess(entry.getFileName().toString(), ".", TEMPORARY_SUFFIX) && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
					Files.deleteIfExists(entry);
				}
			}
		}
	}

	private static PosixFileAttributes posixAttributes(Path file) throws IOException {
		if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
			return null;
		}
		PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
		return view == null ? null : view.readAttributes();
	}
}
