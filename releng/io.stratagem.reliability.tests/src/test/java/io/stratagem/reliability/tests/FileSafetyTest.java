package io.stratagem.reliability.tests;

import static io.stratagem.reliability.tests.Command.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.stratagem.testing.CommandRun;

/**
 * What Stratagem does to the files it rewrites: their permissions stay, new files and folders get
 * what the umask gives, links are written through, and what a killed run left is removed.
 */
class FileSafetyTest {

	private static final String CRAMPED = "namespace acme\nrole Cio   \"CIO\" usecase Triage{owner Cio stage pilot}\n";

	private static final String FORMATTED = "namespace acme\n\nrole Cio \"CIO\"\n\nusecase Triage {\n\towner Cio\n\tstage pilot\n}\n";

	@TempDir
	Path dir;

	@BeforeEach
	void posixOnly() {
		org.junit.jupiter.api.Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
	}

	@Test
	void formatKeepsThePermissionsOfTheFileItRewrites() throws IOException {
		Path file = Files.writeString(dir.resolve("a.strategy"), CRAMPED);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
		CommandRun format = run("format", file.toString());
		assertEquals(0, format.exitCode(), format.toString());
		assertEquals(FORMATTED, Files.readString(file));
		assertEquals("rw-r-----", mode(file));
	}

	@Test
	void newFilesAndFoldersGetWhatTheUmaskGives() throws IOException {
		String plainFile = mode(Files.createFile(dir.resolve("plain-file")));
		String plainFolder = mode(Files.createDirectory(dir.resolve("plain-folder")));
		Path models = Files.createDirectories(dir.resolve("models"));
		Files.writeString(models.resolve("a.strategy"), FORMATTED);

		Path site = dir.resolve("site");
		assertEquals(0, run("generate", "--force", models.toString(), "-o", site.toString()).exitCode());
		assertEquals(plainFolder, mode(site), "the site folder");
		assertEquals(plainFolder, mode(site.resolve("use-cases")), "a folder in the site");
		assertEquals(plainFile, mode(site.resolve("index.html")), "a page");
		assertEquals(plainFile, mode(site.resolve(".stratagem-output")), "the manifest");

		Path report = dir.resolve("report.json");
		assertEquals(0, run("validate", "--format", "json", "--fail-on", "never", "--output", report.toString(), models.toString()).exitCode());
		assertEquals(plainFile, mode(report), "a report");
	}

	@Test
	void aRegeneratedFileKeepsThePermissionsGivenToIt() throws IOException {
		Path models = Files.createDirectories(dir.resolve("models"));
		Files.writeString(models.resolve("a.strategy"), FORMATTED);
		Path site = dir.resolve("site");
		assertEquals(0, run("generate", "--force", models.toString(), "-o", site.toString()).exitCode());
		Files.setPosixFilePermissions(site.resolve("index.html"), PosixFilePermissions.fromString("rw-rw-r--"));
		Files.setPosixFilePermissions(site.resolve("use-cases"), PosixFilePermissions.fromString("rwxrwxr-x"));
		String before = Files.readString(site.resolve("index.html"));
		// a second use case: the overview's counts change, so the page is written again (an unchanged page is left alone)
		Files.writeString(models.resolve("a.strategy"), FORMATTED + "\nusecase Intake {\n\towner Cio\n\tstage pilot\n}\n");
		assertEquals(0, run("generate", "--force", models.toString(), "-o", site.toString()).exitCode());
		assertFalse(before.equals(Files.readString(site.resolve("index.html"))), "the page was written again");
		assertEquals("rw-rw-r--", mode(site.resolve("index.html")));
		assertEquals("rwxrwxr-x", mode(site.resolve("use-cases")));
	}

	@Test
	void formatWritesThroughASymbolicLinkAndKeepsTheLink() throws IOException {
		Path real = Files.writeString(Files.createDirectories(dir.resolve("shared")).resolve("a.strategy"), CRAMPED);
		Path models = Files.createDirectories(dir.resolve("models"));
		Path link = Files.createSymbolicLink(models.resolve("a.strategy"), real);
		// the link leads out of the folder: named on the command line, as such links must be to be read
		CommandRun format = run("format", link.toString());
		assertEquals(0, format.exitCode(), format.toString());
		assertTrue(Files.isSymbolicLink(link), "the link is still a link");
		assertEquals(real, Files.readSymbolicLink(link));
		assertEquals(FORMATTED, Files.readString(real), "the file it points to is formatted");
	}

	@Test
	void aReportIsWrittenThroughALinkAndALinkToNothingIsRefused() throws IOException {
		Path models = Files.createDirectories(dir.resolve("models"));
		Files.writeString(models.resolve("a.strategy"), FORMATTED);
		Path real = dir.resolve("real.json");
		Path link = Files.createSymbolicLink(dir.resolve("report.json"), real);
		CommandRun dangling = run("validate", "--format", "json", "--fail-on", "never", "--output", link.toString(), models.toString());
		assertEquals(2, dangling.exitCode(), dangling.toString());
		assertEquals("stratagem: cannot write " + link + ": it is a symbolic link to " + real + ", which does not exist; create that file or remove the link\n",
				dangling.err());
		assertFalse(Files.exists(real));

		Files.writeString(real, "");
		CommandRun written = run("validate", "--format", "json", "--fail-on", "never", "--output", link.toString(), "--overwrite", models.toString());
		assertEquals(0, written.exitCode(), written.toString());
		assertTrue(Files.isSymbolicLink(link), "the link is still a link");
		assertTrue(Files.readString(real).startsWith("{"), "the report is in the file the link points to");
	}

	@Test
	void whatAKilledRunLeftIsRemovedByTheNextRun() throws IOException, InterruptedException {
		long ended = endedProcessId();
		Path models = Files.createDirectories(dir.resolve("models"));
		Path model = Files.writeString(models.resolve("a.strategy"), CRAMPED);
		Path site = dir.resolve("site");
		assertEquals(0, run("generate", "--force", models.toString(), "-o", site.toString()).exitCode());

		Path staging = Files.createDirectories(site.resolve(".stratagem-staging-" + ended + "-1/use-cases"));
		Files.writeString(staging.resolve("x.html"), "half written");
		Path temporary = Files.writeString(models.resolve(".a.strategy." + ended + "-1.stratagem-tmp"), "half written");
		Path foreign = Files.writeString(models.resolve(".a.strategy.mine.stratagem-tmp"), "not Stratagem's name");

		assertEquals(0, run("generate", "--force", models.toString(), "-o", site.toString()).exitCode());
		assertEquals(0, run("format", model.toString()).exitCode());
		try (Stream<Path> left = Files.list(site)) {
			assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith(".stratagem-staging-")).toList(), "the staging folder is removed");
		}
		assertFalse(Files.exists(temporary), "the temporary file is removed");
		assertTrue(Files.exists(foreign), "a file that only looks alike is kept");
		try (Stream<Path> left = Files.list(models)) {
			assertEquals(Set.of("a.strategy", foreign.getFileName().toString()), Set.copyOf(left.map(p -> p.getFileName().toString()).toList()));
		}
		try (Stream<Path> left = Files.list(dir)) {
			assertEquals(Set.of("models", "site"), Set.copyOf(left.map(p -> p.getFileName().toString()).toList()), "nothing is left beside the site");
		}
	}

	/** The id of a process that has ended: what a killed run's files carry. */
	private static long endedProcessId() throws IOException, InterruptedException {
		Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-version").redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		process.waitFor();
		assertFalse(process.isAlive());
		return process.pid();
	}

	private static String mode(Path path) throws IOException {
		Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
		return PosixFilePermissions.toString(permissions);
	}
}
