package io.stratagem.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.stratagem.testing.CommandRun;
import io.stratagem.testing.ProjectFiles;

/**
 * Generating again into the same folder (what a user does after each edit) leaves every file
 * whose bytes stay the same as it is, file, permissions and time, which build tools watching the
 * site rely on, and replaces exactly the files whose bytes change.
 */
class RegenerateTest {

	private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

	@TempDir
	Path dir;

	@Test
	void anUnchangedModelRewritesNoFile() throws IOException {
		Path models = ProjectFiles.copyExample("acme-insurance", dir.resolve("models"));
		Path site = dir.resolve("site");
		generate(models, site);
		age(site);
		Files.setPosixFilePermissions(site.resolve("index.html"), PosixFilePermissions.fromString("rw-rw-r--"));
		Map<String, FileState> before = states(site);

		generate(models, site);
		assertEquals(before, states(site), "same bytes, same file (inode), same permissions, same time, the manifest too");
		assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(site.resolve("index.html"))));
	}

	@Test
	void aChangedModelRewritesExactlyTheFilesWhoseBytesChange() throws IOException {
		Path models = ProjectFiles.copyExample("acme-insurance", dir.resolve("models"));
		Path site = dir.resolve("site");
		generate(models, site);
		age(site);
		Map<String, FileState> before = states(site);

		Path useCases = models.resolve("usecases-core.strategy");
		String text = Files.readString(useCases);
		String outputs = "outputs \"Complexity score and recommended queue; the handler can re-route any claim\"";
		assertTrue(text.contains(outputs));
		Files.writeString(useCases, text.replace(outputs, "outputs \"Complexity score and recommended queue\""));
		generate(models, site);
		Map<String, FileState> after = states(site);

		assertEquals(before.keySet(), after.keySet());
		Set<String> changedBytes = new TreeSet<>();
		Set<String> replaced = new TreeSet<>();
		before.forEach((name, old) -> {
			FileState now = after.get(name);
			if (!Arrays.equals(old.bytes(), now.bytes())) {
				changedBytes.add(name);
			}
			if (!old.fileKey().equals(now.fileKey()) || !old.modified().equals(now.modified())) {
				replaced.add(name);
			}
		});
		assertEquals(Set.of(".stratagem-output", "use-cases/acme.usecases.claimstriage.html"), changedBytes,
				"the use case's page, the one file that shows its outputs, and the manifest with its new hash");
		assertEquals(changedBytes, replaced, "exactly the files whose bytes changed are replaced");
		assertFalse(Files.readString(site.resolve("use-cases/acme.usecases.claimstriage.html")).contains("re-route any claim"));
		try (Stream<Path> entries = Files.list(site)) {
			assertFalse(entries.anyMatch(p -> p.getFileName().toString().startsWith(".stratagem-staging-")), "no staging folder is left");
		}
	}

	private static void generate(Path models, Path site) {
		CommandRun result = Cli.run("generate", "--force", models.toString(), "-o", site.toString());
		assertEquals(0, result.exitCode(), result.toString());
	}

	/**
	 * Sets the modification time of every file long ago, so that a file written again shows a new
	 * time however coarse the file system's clock.
	 */
	private static void age(Path site) throws IOException {
		try (Stream<Path> tree = Files.walk(site)) {
			for (Path file : tree.filter(Files::isRegularFile).toList()) {
				Files.setLastModifiedTime(file, LONG_AGO);
			}
		}
	}

	/** What a file is: bytes, the file itself (inode), permissions and modification time. */
	private record FileState(byte[] bytes, Object fileKey, String permissions, FileTime modified) {
		@Override
		public boolean equals(Object other) {
			return other instanceof FileState state && Arrays.equals(bytes, state.bytes) && fileKey.equals(state.fileKey)
					&& permissions.equals(state.permissions) && modified.equals(state.modified);
		}

		@Override
		public int hashCode() {
			return Arrays.hashCode(bytes);
		}

		@Override
		public String toString() {
			return bytes.length + " bytes, " + fileKey + ", " + permissions + ", " + modified;
		}
	}

	/** Every file of the site with its state. */
	private static Map<String, FileState> states(Path site) throws IOException {
		Map<String, FileState> states = new TreeMap<>();
		try (Stream<Path> tree = Files.walk(site)) {
			for (Path file : tree.filter(Files::isRegularFile).toList()) {
				BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
				states.put(site.relativize(file).toString().replace('\\', '/'), new FileState(Files.readAllBytes(file), attributes.fileKey(),
						PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), attributes.lastModifiedTime()));
			}
		}
		return states;
	}
}
