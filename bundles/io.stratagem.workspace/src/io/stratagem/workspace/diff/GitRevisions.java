package io.stratagem.workspace.diff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies the model files of a folder as they were at a Git revision into another folder, by
 * running {@code git} (rev-parse, ls-tree, cat-file): only reading commands, so the user's work
 * tree, index and references are never touched. The {@code .strategy} files and
 * {@code stratagem.properties} rule profiles below the folder are copied, regular files only.
 */
public class GitRevisions {

	/** The name of the rule profile files copied beside the models. */
	private static final String PROFILE = "stratagem.properties";

	/**
	 * Writes the model files of {@code folder} at {@code revision} under {@code into} (which must
	 * exist), keeping their paths relative to {@code folder}. A folder absent at that revision
	 * gives no files.
	 *
	 * @return the number of files written
	 * @throws RefusedInput when the folder is not in a Git work tree or the revision names no commit
	 */
	public int export(Path folder, String revision, Path into) throws RefusedInput {
		if (!Files.isDirectory(folder)) {
			throw new RefusedInput(DiffCodes.NO_FOLDER, folder + ": no such folder: give the folder of the models in a Git work tree");
		}
		if (revision.isEmpty() || revision.startsWith("-")) {
			throw noRevision(folder, revision);
		}
		String top = gitText(folder, "rev-parse", "--show-toplevel");
		String prefix = gitText(folder, "rev-parse", "--show-prefix");
		if (top == null || prefix == null) {
			throw new RefusedInput(DiffCodes.NOT_GIT, folder + " is not inside a Git work tree (or git cannot be run): compare two folders instead");
		}
		String commit = gitText(folder, "rev-parse", "--verify", "--quiet", revision + "^{commit}");
		if (commit == null) {
			throw noRevision(folder, revision);
		}
		Path root = Path.of(top);
		byte[] listing = git(root, "ls-tree", "-r", "-z", "--full-tree", commit, "--", prefix.isEmpty() ? "." : prefix);
		if (listing == null) {
			throw noRevision(folder, revision);
		}
		int written = 0;
		Path target = into.toAbsolutePath().normalize();
		for (String entry : new String(listing, StandardCharsets.UTF_8).split("\0")) {
			// <mode> SP <type> SP <object> TAB <path>
			int tab = entry.indexOf('\t');
			if (tab < 0 || !(entry.startsWith("100644 ") || entry.startsWith("100755 "))) {
				continue;
			}
			String path = entry.substring(tab + 1);
			String name = path.substring(path.lastIndexOf('/') + 1);
			if (!path.startsWith(prefix) || !(name.endsWith(".strategy") || name.equals(PROFILE))) {
				continue;
			}
			String object = entry.substring(0, tab).split(" ")[2];
			Path file = target.resolve(path.substring(prefix.length())).normalize();
			byte[] content = git(root, "cat-file", "blob", object);
			if (!file.startsWith(target) || content == null) {
				continue;
			}
			try {
				Files.createDirectories(file.getParent());
				Files.write(file, content);
			} catch (IOException e) {
				throw new RefusedInput(DiffCodes.NO_FOLDER, "cannot write the models of " + revision + " to " + file + ": " + e.getMessage());
			}
			written++;
		}
		return written;
	}

	private static RefusedInput noRevision(Path folder, String revision) {
		return new RefusedInput(DiffCodes.NO_REVISION,
				"'" + revision + "' is not a revision of the Git repository of " + folder + ": give a commit, branch or tag (git log shows them)");
	}

	/** The first line git prints, or null when it fails. */
	private static String gitText(Path directory, String... arguments) {
		byte[] out = git(directory, arguments);
		if (out == null) {
			return null;
		}
		String text = new String(out, StandardCharsets.UTF_8);
		int end = text.indexOf('\n');
		return end < 0 ? text : text.substring(0, end);
	}

	/** What git prints on standard output, or null when it cannot be run or fails. */
	private static byte[] git(Path directory, String... arguments) {
		List<String> command = new ArrayList<>(List.of("git", "-C", directory.toString()));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
				.redirectInput(ProcessBuilder.Redirect.from(nullFile()));
		builder.environment().put("GIT_TERMINAL_PROMPT", "0");
		try {
			Process process = builder.start();
			byte[] out;
			try (InputStream stdout = process.getInputStream()) {
				ByteArrayOutputStream buffer = new ByteArrayOutputStream();
				stdout.transferTo(buffer);
				out = buffer.toByteArray();
			}
			return process.waitFor() == 0 ? out : null;
		} catch (IOException e) {
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	private static java.io.File nullFile() {
		return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
	}
}
