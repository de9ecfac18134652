/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output folder's files as {@link OutputFolder#replace} leaves them: a new folder receives its
 * files with the manifest; folders the output lacks arrive whole with their files, next to folders
 * that are there and the files others put in them; a link or a file where the output needs a folder
 * is refused, and nothing changes.
 */
class OutputFolderTest {

	@TempDir
	Path dir;

	@Test
	void aNewFolderReceivesEveryFileAndTheManifestAndNoStaging() throws IOException {
		Path site = dir.resolve("new/site");
		Map<String, String> files = new TreeMap<>(Map.of("index.html", "index", "use-cases/a.html", "a", "use-cases/b.html", "b",
				"exports/deep/c.csv", "c"));

		OutputFolder.replace(site, files, List.of());

		Map<String, String> expected = new TreeMap<>(files);
		expected.put(OutputFolder.MANIFEST, manifest(files));
		assertEquals(expected, files(site));
		assertEquals(List.of(".stratagem-output", "exports", "index.html", "use-cases"), names(site), "no staging folder is left");
	}

	@Test
	void foldersTheOutputLacksArriveWholeAndFoldersThatAreThereKeepWhatOthersPutInThem() throws IOException {
		Path site = dir.resolve("site");
		OutputFolder.replace(site, Map.of("index.html", "first", "notes/page.html", "page"), List.of());
		Files.writeString(site.resolve("notes/mine.txt"), "not Stratagem's");

		Map<String, String> files = new TreeMap<>(Map.of("index.html", "second", "notes/page.html", "page", "notes/new.html", "new",
				"use-cases/a.html", "a", "use-cases/more/b.html", "b"));
		OutputFolder.replace(site, files, List.of());

		Map<String, String> expected = new TreeMap<>(files);
		expected.put(OutputFolder.MANIFEST, manifest(files));
		expected.put("notes/mine.txt", "not Stratagem's");
		assertEquals(expected, files(site));
		assertEquals(List.of(".stratagem-output", "index.html", "notes", "use-cases"), names(site), "no staging folder is left");
	}

	@Test
	void aLinkWhereTheOutputNeedsAFolderIsRefusedAndNothingChanges() throws IOException {
		Path site = dir.resolve("site");
		OutputFolder.replace(site, Map.of("index.html", "first", "use-cases/a.html", "a"), List.of());
		Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
		Files.writeString(elsewhere.resolve("a.html"), "someone's");
		deleteTree(site.resolve("use-cases"));
		Files.createSymbolicLink(site.resolve("use-cases"), elsewhere);
		Map<String, String> before = files(site);

		IOException refusal = assertThrows(IOException.class,
				() -> OutputFolder.replace(site, Map.of("index.html", "second", "use-cases/a.html", "b", "use-cases/c.html", "c"), List.of()));

		assertEquals("refusing to write to " + site + ": use-cases is a file or a link, not a folder Stratagem made; move it away", refusal.getMessage());
		assertEquals(before, files(site));
		assertEquals(Map.of("a.html", "someone's"), files(elsewhere));
	}

	@Test
	void aFileWhereTheOutputNeedsAFolderIsRefusedAndNothingChanges() throws IOException {
		Path site = dir.resolve("site");
		OutputFolder.replace(site, Map.of("index.html", "first", "use-cases/a.html", "a"), List.of());
		deleteTree(site.resolve("use-cases"));
		Files.writeString(site.resolve("use-cases"), "someone's");
		Map<String, String> before = files(site);

		IOException refusal = assertThrows(IOException.class,
				() -> OutputFolder.replace(site, Map.of("index.html", "second", "use-cases/a.html", "b", "use-cases/deeper/c.html", "c"), List.of()));

		assertEquals("refusing to write to " + site + ": use-cases is a file or a link, not a folder Stratagem made; move it away", refusal.getMessage());
		assertEquals(before, files(site));
	}

	/** The manifest's text for these files: a header, then one line per file with its SHA-256, sorted by path. */
	private static String manifest(Map<String, String> files) {
		StringBuilder text = new StringBuilder("# Files Stratagem wrote into this folder, with their SHA-256. Stratagem replaces or removes\n"
				+ "# only these, and only while unchanged. Delete the folder to start afresh.\n");
		new TreeMap<>(files).forEach((name, content) -> text.append(sha256(content)).append("  ").append(name).append('\n'));
		return text.toString();
	}

	private static String sha256(String content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Every file under {@code folder} (not following links) by relative path, with its text. */
	private static Map<String, String> files(Path folder) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> tree = Files.walk(folder)) {
			for (Path file : tree.filter(path -> Files.isRegularFile(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList()) {
				files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readString(file));
			}
		}
		return files;
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.map(path -> path.getFileName().toString()).sorted().toList();
		}
	}

	private static void deleteTree(Path folder) throws IOException {
		try (Stream<Path> tree = Files.walk(folder)) {
			for (Path path : tree.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
