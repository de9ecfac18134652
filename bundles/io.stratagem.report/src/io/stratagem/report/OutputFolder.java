package io.stratagem.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.stratagem.model.files.AtomicFiles;
import io.stratagem.workspace.Progress;
import io.stratagem.workspace.load.OnAllCores;

/**
 * Writes Stratagem's output so that it never deletes, overwrites or degrades a file Stratagem did
 * not write. Each output folder holds a manifest, {@value #MANIFEST}, listing the files Stratagem
 * wrote there with their SHA-256; a run replaces or removes only listed files that are unchanged,
 * and refuses a non-empty folder without a manifest, a folder that holds its input, a plain file
 * given as folder, and listed files changed since. The new files are staged inside the folder
 * first and moved into place only when all are written, so a failed run leaves the previous
 * output as it was; what a killed run staged is removed by the next run.
 */
public final class OutputFolder {

	/** The manifest of an output folder. */
	public static final String MANIFEST = ".stratagem-output";

	/** Starts the names of staging folders, followed by the process id and a counter. */
	static final String STAGING_PREFIX = ".stratagem-staging-";

	private static final String MANIFEST_HEADER = "# Files Stratagem wrote into this folder, with their SHA-256. Stratagem replaces or removes\n"
			+ "# only these, and only while unchanged. Delete the folder to start afresh.\n";

	private static final AtomicLong COUNTER = new AtomicLong();

	/** Output Stratagem refuses to write; the message says why and what to do. */
	public static final class RefusedException extends IOException {
		private static final long serialVersionUID = 1L;

		public RefusedException(String message) {
			super(message);
		}
	}

	private OutputFolder() {
	}

	/** What a progress line calls the files written. */
	public static final String FILES_WRITTEN = "files written";

	/** {@link #replaceBytes} for text, in UTF-8. */
	public static void replace(Path target, Map<String, String> files, Collection<Path> inputs) throws IOException {
		replace(target, files, inputs, Progress.NONE);
	}

	/** {@link #replaceBytes} for text, in UTF-8, telling {@code progress} of each file written. */
	public static void replace(Path target, Map<String, String> files, Collection<Path> inputs, Progress progress) throws IOException {
		replaceBytes(target, utf8(files), inputs, progress);
	}

	/**
	 * The files' texts in UTF-8, in the same order, encoded on all cores, each file by the next
	 * free thread, the largest first: a site has thousands of pages and a few large ones.
	 */
	public static Map<String, byte[]> utf8(Map<String, String> files) {
		List<Map.Entry<String, String>> largestFirst = OnAllCores.largestFirst(files.entrySet(), file -> file.getValue().length());
		List<byte[]> encoded = OnAllCores.map(largestFirst, file -> file.getValue().getBytes(StandardCharsets.UTF_8));
		Map<String, byte[]> byName = new HashMap<>();
		for (int i = 0; i < largestFirst.size(); i++) {
			byName.put(largestFirst.get(i).getKey(), encoded.get(i));
		}
		Map<String, byte[]> bytes = new LinkedHashMap<>();
		files.keySet().forEach(name -> bytes.put(name, byName.get(name)));
		return bytes;
	}

	/** {@link #replaceBytes(Path, Map, Collection, Progress)} without progress. */
	public static void replaceBytes(Path target, Map<String, byte[]> files, Collection<Path> inputs) throws IOException {
		replaceBytes(target, files, inputs, Progress.NONE);
	}

	/**
	 * Makes {@code files} (relative paths with forward slashes) the output in {@code target}: the
	 * files of the previous output that are not among them are removed, files Stratagem did not
	 * write are kept. Paths come from Stratagem, never from model names, and must stay inside.
	 *
	 * @param inputs the files and folders the output is made from; the output folder must not be
	 *        one of them or hold one
	 * @param progress told of each file written ({@link #FILES_WRITTEN})
	 * @throws RefusedException when the folder is not Stratagem's to write (nothing is changed)
	 */
	public static void replaceBytes(Path target, Map<String, byte[]> files, Collection<Path> inputs, Progress progress) throws IOException {
		Path folder = target.toAbsolutePath().normalize();
		if (Files.isSymbolicLink(folder) && Files.isDirectory(folder)) {
			folder = folder.toRealPath();
		}
		if (Files.exists(folder) && !Files.isDirectory(folder)) {
			throw new RefusedException("refusing to write to " + target + ": it is a file, not a folder; choose an empty or new folder for the output");
		}
		refuseInputs(target, folder, inputs);
		Map<String, Path> paths = new TreeMap<>();
		for (String name : files.keySet()) {
			paths.put(name, inside(folder, name, "refusing to write " + name + " outside the output folder"));
		}
		boolean created = !Files.exists(folder);
		Files.createDirectories(folder);
		removeLeftStaging(folder);
		Map<String, String> previous = readManifest(folder);
		// An empty folder (a new one too) holds nothing a run could overwrite: no file needs a look.
		boolean empty = previous == null;
		if (previous == null) {
			if (!isEmpty(folder)) {
				throw new RefusedException("refusing to write to " + target + ": the folder is not empty and Stratagem did not write it (it has no "
						+ MANIFEST + "); choose an empty or new folder, or one Stratagem wrote");
			}
			previous = Map.of();
		}
		Map<String, Path> removed = new TreeMap<>();
		for (String name : previous.keySet()) {
			Path path = inside(folder, name, "refusing to write to " + target + ": its " + MANIFEST + " lists " + name
					+ ", which is outside the folder; delete the folder, or choose an empty or new one");
			if (!files.containsKey(name)) {
				removed.put(name, path);
			}
		}
		// on all cores, each file by the next free thread, the largest first
		List<Map.Entry<String, byte[]>> contents = OnAllCores.largestFirst(files.entrySet(), file -> file.getValue().length);
		List<String> sums = OnAllCores.map(contents, file -> sha256(file.getValue()));
		Map<String, String> hashes = new TreeMap<>();
		for (int i = 0; i < contents.size(); i++) {
			hashes.put(contents.get(i).getKey(), sums.get(i));
		}
		AtomicInteger written = new AtomicInteger();
		List<Check> checks = empty ? List.of() : checks(target, folder, paths, removed, previous, files, hashes, progress, written);
		for (Check check : checks) {
			if (check.refusal() != null) {
				throw check.refusal();
			}
		}
		// A file that already holds its new bytes is left alone: its permissions, owner and time stay.
		Map<String, Path> changed = new TreeMap<>(paths);
		checks.stream().filter(Check::unchanged).forEach(check -> changed.remove(check.name()));
		Set<String> replaced = checks.stream().filter(check -> check.exists() && !check.unchanged() && files.containsKey(check.name())).map(Check::name)
				.collect(Collectors.toSet());
		if (changed.isEmpty() && removed.isEmpty()) {
			writeManifest(folder, hashes);
			return;
		}
		Path staging = folder.resolve(STAGING_PREFIX + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet());
		Files.createDirectory(staging);
		try {
			stage(staging, files, changed, replaced, progress, written);
			// Listing old and new first: a run killed while moving leaves no file unlisted.
			Map<String, String> both = new TreeMap<>(previous);
			both.putAll(hashes);
			writeManifest(folder, both);
			moveIntoPlace(folder, staging, changed);
			for (Path old : removed.values()) {
				Files.deleteIfExists(old);
				removeEmptyFolders(folder, old.getParent());
			}
			if (!both.equals(hashes)) {
				writeManifest(folder, hashes);
			}
		} finally {
			delete(staging);
			if (created && isEmpty(folder)) {
				// A failed first run leaves no folder, as it found none.
				Files.delete(folder);
			}
		}
	}

	/**
	 * Checks each file to write or remove ({@link #check}); each listed file is read to see that
	 * nobody changed it, on all cores, as a site has thousands. A file already in place counts as
	 * written for {@code progress}.
	 */
	private static List<Check> checks(Path target, Path folder, Map<String, Path> paths, Map<String, Path> removed, Map<String, String> previous,
			Map<String, byte[]> files, Map<String, String> hashes, Progress progress, AtomicInteger written) throws IOException {
		List<String> checked = new ArrayList<>(paths.keySet());
		checked.addAll(removed.keySet());
		// Each folder on the way is looked at once, not once per file in it.
		Map<Path, FolderState> folders = new ConcurrentHashMap<>();
		try {
			// each file by the next free thread: a parallel stream left a run of the large pages to one
			return OnAllCores.map(checked, name -> {
				Check check = check(target, folder, name, paths.containsKey(name) ? paths.get(name) : removed.get(name), previous, files.get(name),
						hashes.get(name), folders);
				if (check.unchanged()) {
					// in place already: as good as written
					progress.step(FILES_WRITTEN, written.incrementAndGet(), files.size());
				}
				return check;
			});
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	/**
	 * Moves the staged files into place. A folder the output lacks is moved whole, with every file
	 * staged in it (all of them new): one rename for the thousands of pages of a new site's
	 * {@code use-cases/}, where each page was a rename of its own.
	 */
	private static void moveIntoPlace(Path folder, Path staging, Map<String, Path> changed) throws IOException {
		// Looked at before anything moves: a folder moved in whole is there afterwards.
		Map<Path, Boolean> present = new HashMap<>();
		Set<Path> movedWhole = new HashSet<>();
		for (Map.Entry<String, Path> file : changed.entrySet()) {
			Path missing = outermostMissingFolder(folder, file.getValue(), present);
			if (missing == null) {
				AtomicFiles.moveIntoPlace(staging.resolve(file.getKey()), file.getValue());
			} else if (movedWhole.add(missing)) {
				AtomicFiles.moveIntoPlace(staging.resolve(folder.relativize(missing)), missing);
			}
		}
	}

	/** The outermost folder between {@code folder} and {@code file} that does not exist, or null when all do. */
	private static Path outermostMissingFolder(Path folder, Path file, Map<Path, Boolean> present) {
		Path relative = folder.relativize(file);
		Path step = folder;
		for (int i = 0; i < relative.getNameCount() - 1; i++) {
			step = step.resolve(relative.getName(i));
			if (!present.computeIfAbsent(step, Files::isDirectory)) {
				return step;
			}
		}
		return null;
	}

	/** Writes the changed files into the staging folder, on all cores (thousands of pages for a large site). */
	private static void stage(Path staging, Map<String, byte[]> files, Map<String, Path> changed, Set<String> replaced, Progress progress,
			AtomicInteger written) throws IOException {
		createFolders(changed.keySet().stream().map(staging::resolve).toList());
		try {
			changed.entrySet().parallelStream().forEach(file -> {
				Path staged = staging.resolve(file.getKey());
				try {
					Files.write(staged, files.get(file.getKey()));
					if (replaced.contains(file.getKey())) {
						// a new file gets what the umask gives, as Files.write gave it
						AtomicFiles.keepAttributes(file.getValue(), staged);
					}
					progress.step(FILES_WRITTEN, written.incrementAndGet(), files.size());
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	/** Creates the folders of the files, each once (a site has thousands of pages in a few folders). */
	private static void createFolders(Collection<Path> files) throws IOException {
		for (Path parent : files.stream().map(Path::getParent).collect(Collectors.toCollection(java.util.TreeSet::new))) {
			Files.createDirectories(parent);
		}
	}

	/**
	 * Writes one file (a report, an export, a diagram) and lists it in the manifest of its folder.
	 * An existing file is replaced only when Stratagem wrote it and it is unchanged since, or when
	 * {@code overwrite}; a symbolic link is written through to its file.
	 *
	 * @throws RefusedException when the file is not Stratagem's to replace (nothing is changed)
	 */
	public static void writeFile(Path file, byte[] content, boolean overwrite) throws IOException {
		Path path = file.toAbsolutePath().normalize();
		String name = path.getFileName().toString();
		if (Files.isDirectory(path)) {
			throw new RefusedException("refusing to write " + file + ": it is a folder; give the name of a file");
		}
		if (name.equals(MANIFEST) || name.contains("\n") || name.contains("\r")) {
			throw new RefusedException("refusing to write " + file + ": choose another file name");
		}
		Path folder = path.getParent();
		Map<String, String> manifest = Files.isDirectory(folder) ? readManifest(folder) : null;
		if (Files.exists(path) && !overwrite) {
			String listed = manifest == null ? null : manifest.get(name);
			if (listed == null) {
				throw new RefusedException("refusing to overwrite " + file + ": Stratagem did not write it; choose another file name, or add --overwrite to replace it");
			}
			if (!listed.equals(sha256(Files.readAllBytes(path)))) {
				throw new RefusedException("refusing to overwrite " + file + ": it was changed after Stratagem wrote it; choose another file name, or add --overwrite to replace it");
			}
		}
		AtomicFiles.write(path, content);
		Map<String, String> listed = manifest == null ? new TreeMap<>() : new TreeMap<>(manifest);
		listed.put(name, sha256(content));
		writeManifest(folder, listed);
	}

	/** {@link #writeFile(Path, byte[], boolean)} for text, in UTF-8. */
	public static void writeFile(Path file, String content, boolean overwrite) throws IOException {
		writeFile(file, content.getBytes(StandardCharsets.UTF_8), overwrite);
	}

	/**
	 * Whether {@code folder} does not exist or is an empty folder: where {@code stratagem new} and
	 * {@code synth} may create models, which are the user's to edit and so get no manifest.
	 */
	public static boolean isNewOrEmpty(Path folder) throws IOException {
		return !Files.exists(folder, LinkOption.NOFOLLOW_LINKS) || (Files.isDirectory(folder) && isEmpty(folder));
	}

	/** The files the manifest of {@code folder} lists, with their SHA-256; null without a manifest. */
	public static Map<String, String> readManifest(Path folder) throws IOException {
		Path manifest = folder.resolve(MANIFEST);
		if (!Files.isRegularFile(manifest)) {
			return null;
		}
		Map<String, String> files = new TreeMap<>();
		for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			int gap = line.indexOf("  ");
			if (gap != 64) {
				throw new RefusedException("refusing to write to " + folder + ": its " + MANIFEST + " is damaged (" + line
						+ "); delete the folder, or choose an empty or new one");
			}
			files.put(line.substring(gap + 2), line.substring(0, gap));
		}
		return files;
	}

	/** Refuses the output when it is one of the inputs or holds one (the output would replace them). */
	private static void refuseInputs(Path target, Path folder, Collection<Path> inputs) throws IOException {
		Path real = existingPart(folder);
		for (Path input : inputs) {
			Path in = existingPart(input.toAbsolutePath().normalize());
			if (in.startsWith(real) || in.startsWith(folder)) {
				throw new RefusedException("refusing to write to " + target + ": it holds the input " + input
						+ "; choose a new folder of its own for the output (inside the models' folder is fine)");
			}
		}
	}

	/** The real path of the longest existing ancestor, followed by the part that does not exist yet. */
	private static Path existingPart(Path path) throws IOException {
		Path existing = path;
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		if (existing == null) {
			return path;
		}
		return existing.toRealPath().resolve(existing.relativize(path));
	}

	/** A listed path, refused unless it stays inside the folder and clear of the manifest and staging. */
	private static Path inside(Path folder, String name, String refusal) throws RefusedException {
		Path path = folder.resolve(name).normalize();
		String first = path.startsWith(folder) && !path.equals(folder) ? folder.relativize(path).getName(0).toString() : "";
		if (first.isEmpty() || first.equals(MANIFEST) || first.startsWith(STAGING_PREFIX) || name.contains("\n") || name.contains("\r")) {
			throw new RefusedException(refusal);
		}
		return path;
	}

	/**
	 * What a run may do with a listed or new file: whether it is there, whether it already holds
	 * the bytes the run writes (then it is left as it is), or why it must not be replaced or removed.
	 */
	private record Check(String name, boolean exists, boolean unchanged, RefusedException refusal) {
	}

	/** A folder on the way to a file: there, not there, or something else (a file, a link). */
	private enum FolderState {
		FOLDER, MISSING, NOT_A_FOLDER
	}

	/**
	 * Refuses to replace or remove {@code path} unless it does not exist, or it is a file the
	 * previous run wrote and nobody changed since; no folder on its way may be a link. A file whose
	 * bytes are {@code content} is unchanged when the manifest lists them, without hashing it again.
	 *
	 * @param content the file's new bytes, null when the file is to be removed
	 * @param hash    the SHA-256 of {@code content}
	 * @param folders what each folder on the way is, filled as they are looked at
	 */
	private static Check check(Path target, Path folder, String name, Path path, Map<String, String> previous, byte[] content, String hash,
			Map<Path, FolderState> folders) {
		try {
			boolean parentMissing = false;
			for (Path step = path.getParent(); !step.equals(folder); step = step.getParent()) {
				FolderState state = folders.computeIfAbsent(step, OutputFolder::folderState);
				if (state == FolderState.NOT_A_FOLDER) {
					throw new RefusedException("refusing to write to " + target + ": " + folder.relativize(step)
							+ " is a file or a link, not a folder Stratagem made; move it away");
				}
				parentMissing |= state == FolderState.MISSING;
			}
			// nothing is in a folder that is not there
			if (parentMissing || !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
				return new Check(name, false, false, null);
			}
			return new Check(name, true, requireOwn(target, name, path, previous, content, hash), null);
		} catch (RefusedException e) {
			return new Check(name, true, false, e);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * What {@code step} is, without following a link; missing as well when it cannot be looked at
	 * (a file on its way: the folder outside it is the one refused).
	 */
	private static FolderState folderState(Path step) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(step, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
			return attributes.isDirectory() ? FolderState.FOLDER : FolderState.NOT_A_FOLDER;
		} catch (IOException e) {
			return FolderState.MISSING;
		}
	}

	/** {@link #check} of a file that is there: true when it holds {@code content} already. */
	private static boolean requireOwn(Path target, String name, Path path, Map<String, String> previous, byte[] content, String hash) throws IOException {
		String listed = previous.get(name);
		if (listed == null || Files.isSymbolicLink(path) || !Files.isRegularFile(path)) {
			throw new RefusedException("refusing to write to " + target + ": " + name + " is there and Stratagem did not write it; move it away, or choose an empty or new folder");
		}
		byte[] bytes = Files.readAllBytes(path);
		boolean same = content != null && Arrays.equals(bytes, content);
		if (!listed.equals(same ? hash : sha256(bytes))) {
			throw new RefusedException("refusing to write to " + target + ": " + name + " was changed after Stratagem wrote it; move it away to keep it, or delete it");
		}
		return same;
	}

	/** Writes the manifest, unless it lists exactly these files already. */
	private static void writeManifest(Path folder, Map<String, String> files) throws IOException {
		StringBuilder text = new StringBuilder(MANIFEST_HEADER);
		files.forEach((name, hash) -> text.append(hash).append("  ").append(name).append('\n'));
		byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
		Path manifest = folder.resolve(MANIFEST);
		if (Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS) && Arrays.equals(Files.readAllBytes(manifest), bytes)) {
			return;
		}
		AtomicFiles.write(manifest, bytes);
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	private static boolean isEmpty(Path folder) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		}
	}

	/** Removes what runs that were killed while staging left in the folder. */
	private static void removeLeftStaging(Path folder) throws IOException {
		List<Path> left = new ArrayList<>();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, STAGING_PREFIX + "*")) {
			for (Path entry : entries) {
				if (AtomicFiles.isLeftByEndedProcess(entry.getFileName().toString(), STAGING_PREFIX, "")
						&& Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
					left.add(entry);
				}
			}
		}
		for (Path entry : left) {
			delete(entry);
		}
	}

	/** Removes the folders from {@code from} up to (not including) {@code folder} that are empty. */
	private static void removeEmptyFolders(Path folder, Path from) throws IOException {
		for (Path step = from; step != null && !step.equals(folder) && step.startsWith(folder); step = step.getParent()) {
			if (!Files.isDirectory(step, LinkOption.NOFOLLOW_LINKS) || !isEmpty(step)) {
				return;
			}
			Files.delete(step);
		}
	}

	/** Deletes a folder tree without following links out of it. */
	private static void delete(Path folder) throws IOException {
		if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (Stream<Path> tree = Files.walk(folder)) {
			for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
				try {
					Files.deleteIfExists(path);
				} catch (NoSuchFileException e) {
					// removed meanwhile
				}
			}
		}
	}
}
