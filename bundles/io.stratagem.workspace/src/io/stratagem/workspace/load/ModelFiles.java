/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.stratagem.dsl.validation.SourceCodes;
import io.stratagem.workspace.report.Finding;
import io.stratagem.workspace.report.Severity;

/**
 * The one policy for model files, followed by the command line's loader ({@link ModelSetLoader})
 * and the editing session ({@code ModelWorkspace}) alike:
 * <ul>
 * <li>a folder holds the {@value #EXTENSION} files below it (folders behind links are not entered);</li>
 * <li>while walking a folder, a file whose real path (links followed) leads outside it is left out,
 * with one {@link SourceCodes#LINK_OUTSIDE} warning; a file named explicitly (on the command line) is
 * read wherever it leads;</li>
 * <li>a file larger than {@value #MAX_FILE_PROPERTY} megabytes (default
 * {@value #DEFAULT_MAX_FILE_MEGABYTES}) is not read ({@link SourceCodes#TOO_LARGE}), and no text larger
 * than that is written;</li>
 * <li>text is strict UTF-8: other bytes make a {@link SourceCodes#NOT_UTF8} finding on the file, never
 * an exception for the whole folder;</li>
 * <li>a write goes only to a model file whose path and real path both lie inside the folder: never
 * through a link out of it.</li>
 * </ul>
 * Stateless; reads the size limit's property at each call, so tests and commands can set it.
 */
public final class ModelFiles {

	public static final String EXTENSION = ".strategy";

	/**
	 * System property with the largest model file read or written, in megabytes. Parsing keeps a
	 * node per token, many times the size of the text: a bigger file would exhaust a default heap
	 * rather than give a clear error.
	 */
	public static final String MAX_FILE_PROPERTY = "stratagem.maxFileMegabytes";

	public static final long DEFAULT_MAX_FILE_MEGABYTES = 16;

	/** Why a model file was left out or could not be read: what to show for it, as every front end shows it. */
	public record Problem(Path file, Severity severity, String code, String message) {

		/** The finding for this problem, its file shown as {@code display} shows paths. */
		public Finding finding(PathDisplay display) {
			return new Finding(severity, code, message, display.show(file), 0, 0, null);
		}
	}

	/** The model files below a folder (absolute, sorted) and the files left out, with why. */
	public record Listing(List<Path> files, List<Problem> problems) {
	}

	/** The text of a model file, or (text null) the problem that kept it from being read. */
	public record Text(Path file, String text, Problem problem) {
	}

	private ModelFiles() {
	}

	/** Whether the file is named as a model file. */
	public static boolean isModel(Path file) {
		Path name = file.getFileName();
		return name != null && name.toString().endsWith(EXTENSION);
	}

	/**
	 * The model files below a folder. A name that is not a readable file (a broken link) and a link
	 * that leads outside the folder are left out, each with its problem.
	 *
	 * @throws IOException when the folder cannot be listed
	 */
	public static Listing walk(Path folder) throws IOException {
		Path root = folder.toAbsolutePath().normalize();
		Path realRoot = root.toRealPath();
		List<Path> named;
		try (Stream<Path> tree = Files.walk(root)) {
			named = tree.filter(f -> isModel(f) && !Files.isDirectory(f)).sorted().toList();
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
		List<Path> files = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		for (Path file : named) {
			if (!Files.isRegularFile(file)) {
				// a model that cannot be opened (a broken link, a device) is reported, never skipped in silence
				problems.add(new Problem(file, Severity.ERROR, SourceCodes.UNREADABLE, "not a readable file (a broken link?): fix or remove it"));
				continue;
			}
			Path real;
			try {
				real = file.toRealPath();
			} catch (IOException e) {
				problems.add(new Problem(file, Severity.ERROR, SourceCodes.UNREADABLE, "cannot read the file: " + e.getMessage()));
				continue;
			}
			if (real.startsWith(realRoot)) {
				files.add(file);
			} else {
				problems.add(new Problem(file, Severity.WARNING, SourceCodes.LINK_OUTSIDE, "a symbolic link that leads outside the folder (to " + real
						+ "): left out, as every link out of a folder is; copy the file into the folder, or name it on the command line to read it"));
			}
		}
		return new Listing(List.copyOf(files), List.copyOf(problems));
	}

	/** Reads a model file: at most the size limit, strict UTF-8; what goes wrong is the problem, never an exception. */
	public static Text read(Path file) {
		byte[] bytes;
		try {
			long limit = maxFileMegabytes();
			long size = Files.size(file);
			if (size > limit * 1024 * 1024) {
				return new Text(file, null, new Problem(file, Severity.ERROR, SourceCodes.TOO_LARGE, String.format(Locale.ROOT,
						"the file is %.1f MB, more than the %d MB allowed for one model file: split it into several .strategy files, or raise the limit with -D%s=<megabytes> (for ./stratagem in STRATAGEM_JAVA_OPTS)",
						size / 1024.0 / 1024.0, limit, MAX_FILE_PROPERTY)));
			}
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			return new Text(file, null, new Problem(file, Severity.ERROR, SourceCodes.UNREADABLE, "no such file"));
		} catch (IOException e) {
			return new Text(file, null, new Problem(file, Severity.ERROR, SourceCodes.UNREADABLE, "cannot read the file: " + e.getMessage()));
		}
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		try {
			return new Text(file, decodeUtf8(buffer), null);
		} catch (CharacterCodingException e) {
			int offset = buffer.position();
			int line = 1;
			for (int i = 0; i < offset && i < bytes.length; i++) {
				if (bytes[i] == '\n') {
					line++;
				}
			}
			return new Text(file, null, new Problem(file, Severity.ERROR, SourceCodes.NOT_UTF8,
					"the file is not UTF-8 (invalid byte at offset " + offset + ", line " + line + "): save it as UTF-8"));
		}
	}

	/**
	 * The text of a file that {@link #read} refused (not UTF-8, too large), decoded leniently and cut
	 * at the size limit: only to name the elements it declares, so that references into it are not
	 * reported one by one (its own finding says why it was not read); null when it cannot be read.
	 */
	public static String readLeniently(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return new String(in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes())), StandardCharsets.UTF_8);
		} catch (IOException e) {
			return null;
		}
	}

	/**
	 * Strict UTF-8, the one decoding of text Stratagem reads (model files, imports, saves from the
	 * browser): a malformed byte is an error, never a replacement character that would be written
	 * back. On an error the buffer's position is at the bad byte.
	 */
	public static String decodeUtf8(ByteBuffer bytes) throws CharacterCodingException {
		return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(bytes).toString();
	}

	/** The largest model file read or written, in bytes ({@link #MAX_FILE_PROPERTY}). */
	public static long maxFileBytes() {
		return maxFileMegabytes() * 1024 * 1024;
	}

	public static long maxFileMegabytes() {
		return megabytes(MAX_FILE_PROPERTY, DEFAULT_MAX_FILE_MEGABYTES);
	}

	/**
	 * Refuses a text that would make a model file larger than the limit.
	 *
	 * @throws IOException saying so and what to do
	 */
	public static void checkSize(Path file, String text) throws IOException {
		if (text.getBytes(StandardCharsets.UTF_8).length > maxFileBytes()) {
			throw new IOException(file.getFileName() + " would be larger than " + maxFileMegabytes() + " MB; split it into several files");
		}
	}

	/**
	 * The absolute path of a model file of {@code folder} that may be written: named
	 * {@value #EXTENSION}, inside the folder by its path and, links followed, by its real path. A
	 * file that does not exist yet may be written when the nearest folder of it that exists lies
	 * inside.
	 *
	 * @throws IllegalArgumentException when the file may not be written there, saying why
	 * @throws IOException              when the folder or the file's real path cannot be read
	 */
	public static Path writable(Path folder, Path file) throws IOException {
		Path root = folder.toAbsolutePath().normalize();
		Path target = (file.isAbsolute() ? file : root.resolve(file)).normalize();
		if (!target.startsWith(root) || !isModel(target)) {
			throw new IllegalArgumentException(file + " is not a .strategy file inside " + root);
		}
		Path existing = target;
		while (!Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
			existing = existing.getParent();
		}
		Path real;
		try {
			real = existing.toRealPath();
		} catch (NoSuchFileException e) {
			throw new IllegalArgumentException(file + " is a symbolic link to a file that does not exist; it is not written", e);
		}
		if (!real.startsWith(root.toRealPath())) {
			throw new IllegalArgumentException(file + " leads outside " + root + " through a symbolic link; it is not written");
		}
		return target;
	}

	/**
	 * A size limit in megabytes from a system property, or {@code defaultValue}.
	 *
	 * @throws IllegalArgumentException when the property is not a whole number
	 */
	public static long megabytes(String property, long defaultValue) {
		String value = System.getProperty(property);
		try {
			return value == null ? defaultValue : Math.max(1, Long.parseLong(value.trim()));
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("-D" + property + " must be a whole number of megabytes, not " + value, e);
		}
	}
}
