package io.stratagem.cli.tests;

import static io.stratagem.testing.ProjectFiles.files;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.stratagem.inventory.InventoryColumns;
import io.stratagem.testing.CommandRun;

/**
 * Where the commands write: output folders that are new, empty or Stratagem's own (listed in
 * .stratagem-output), and single files that are new, Stratagem's own or given up with --overwrite.
 * Nothing else is deleted or overwritten.
 */
class OutputRulesTest {

	@TempDir
	Path dir;

	@Test
	void generateRefusesAFolderStratagemDidNotWriteAndDeletesNothing() throws IOException {
		Path out = Files.createDirectories(dir.resolve("out"));
		Files.writeString(out.resolve("notes.txt"), "mine");
		CommandRun result = Cli.run("generate", Cli.example().toString(), "-o", out.toString());
		assertEquals(2, result.exitCode(), result.toString());
		assertEquals("stratagem: refusing to write to " + out + ": the folder is not empty and Stratagem did not write it (it has no .stratagem-output);"
				+ " choose an empty or new folder, or one Stratagem wrote\n", result.err());
		assertEquals(Map.of("notes.txt", "mine"), files(out));
	}

	@Test
	void generateRefusesTheModelFolderAndEveryFolderAboveIt() throws IOException {
		Path models = Files.createDirectories(dir.resolve("work/models"));
		Files.writeString(models.resolve("small.strategy"), Cli.SMALL_MODEL);
		for (Path out : List.of(models, dir.resolve("work"), dir)) {
			CommandRun result = Cli.run("generate", models.toString(), "-o", out.toString());
			assertEquals(2, result.exitCode(), result.toString());
			assertEquals("stratagem: refusing to write to " + out + ": it holds the input " + models + "; choose a new folder of its own for the output"
					+ " (inside the models' folder is fine)\n", result.err());
		}
		assertEquals(Map.of("work/models/small.strategy", Cli.SMALL_MODEL), files(dir));

		Path site = models.resolve("site");
		assertEquals(0, Cli.run("generate", "--force", models.toString(), "-o", site.toString()).exitCode(), "a folder inside the models is the output's own");
		assertEquals(Cli.SMALL_MODEL, Files.readString(models.resolve("small.strategy")));
	}

	@Test
	void generateRefusesAPlainFileGivenAsFolder() throws IOException {
		Path file = Files.writeString(dir.resolve("report.txt"), "mine");
		CommandRun result = Cli.run("generate", Cli.example().toString(), "-o", file.toString());
		assertEquals(2, result.exitCode(), result.toString());
		assertEquals("stratagem: refusing to write to " + file + ": it is a file, not a folder; choose an empty or new folder for the output\n", result.err());
		assertEquals("mine", Files.readString(file));
	}

	@Test
	void aRerunReplacesAndRemovesOnlyTheFilesOfTheManifest() throws IOException {
		Path models = Files.createDirectories(dir.resolve("models"));
		Files.writeString(models.resolve("small.strategy"), Cli.SMALL_MODEL);
		Path site = dir.resolve("site");
		assertEquals(0, Cli.run("generate", Cli.example().toString(), "-o", site.toString()).exitCode());
		assertEquals(13, manifest(site).stream().filter(f -> f.startsWith("use-cases/")).count(), "the example's use case pages");
		Files.writeString(site.resolve("notes.txt"), "mine");
		Files.createDirectories(site.resolve("use-cases/drafts"));
		Files.writeString(site.resolve("use-cases/drafts/idea.txt"), "mine too");

		CommandRun rerun = Cli.run("generate", "--force", models.toString(), "-o", site.toString());
		assertEquals(0, rerun.exitCode(), rerun.toString());
		Map<String, String> after = files(site);
		assertEquals("mine", after.get("notes.txt"));
		assertEquals("mine too", after.get("use-cases/drafts/idea.txt"));
		List<String> listed = manifest(site);
		assertEquals(after.keySet().stream().filter(f -> !f.equals(".stratagem-output") && !f.equals("notes.txt") && !f.startsWith("use-cases/drafts/")).toList(),
				listed, "every other file is one the rerun wrote, and the manifest lists them");
		assertEquals(1, listed.stream().filter(f -> f.startsWith("use-cases/")).count(), "the example's pages are removed, the new model's is written");
		try (Stream<Path> entries = Files.list(site)) {
			assertFalse(entries.anyMatch(p -> p.getFileName().toString().startsWith(".stratagem-staging-")), "no staging folder is left");
		}
	}

	@Test
	void aGeneratedFileChangedByHandIsNeitherReplacedNorRemoved() throws IOException {
		Path site = dir.resolve("site");
		assertEquals(0, Cli.run("generate", Cli.example().toString(), "-o", site.toString()).exitCode());
		Files.writeString(site.resolve("index.html"), "my notes");
		Map<String, String> before = files(site);
		CommandRun result = Cli.run("generate", Cli.example().toString(), "-o", site.toString());
		assertEquals(2, result.exitCode(), result.toString());
		assertEquals("stratagem: refusing to write to " + site + ": index.html was changed after Stratagem wrote it; move it away to keep it, or delete it\n",
				result.err());
		assertEquals(before, files(site));
	}

	@Test
	void importRefusesAFolderWithHandWrittenModels() throws IOException {
		Path models = Files.createDirectories(dir.resolve("models"));
		Files.writeString(models.resolve("dhs.strategy"), Cli.SMALL_MODEL);
		Path csv = Files.writeString(dir.resolve("inventory.csv"), String.join(",", InventoryColumns.ALL) + "\n"
				+ String.join(",", InventoryColumns.ALL.stream().map(c -> c.equals(InventoryColumns.AGENCY) ? "DHS" : c.equals(InventoryColumns.ID) ? "DHS-1" : "").toList())
				+ "\n");
		CommandRun result = Cli.run("import", "omb-inventory", csv.toString(), "-o", models.toString());
		assertEquals(2, result.exitCode(), result.toString());
		assertEquals("stratagem: nothing imported: refusing to write to " + models + ": the folder is not empty and Stratagem did not write it (it has no"
				+ " .stratagem-output); choose an empty or new folder, or one Stratagem wrote\n", result.err());
		assertEquals(Map.of("dhs.strategy", Cli.SMALL_MODEL), files(models));
	}

	@Test
	void validateOutputReplacesOnlyItsOwnReportUnlessOverwriteIsGiven() throws IOException {
		Path report = Files.writeString(dir.resolve("report.json"), "mine");
		CommandRun refused = Cli.run("validate", "--format", "json", "--output", report.toString(), Cli.example().toString());
		assertEquals(2, refused.exitCode(), refused.toString());
		assertEquals("stratagem: refusing to overwrite " + report + ": Stratagem did not write it; choose another file name, or add --overwrite to replace it\n",
				refused.err());
		assertEquals("mine", Files.readString(report));

		assertEquals(0, Cli.run("validate", "--format", "json", "--output", report.toString(), "--overwrite", Cli.example().toString()).exitCode());
		assertTrue(Files.readString(report).startsWith("{"), "replaced when the user says so");
		CommandRun rerun = Cli.run("validate", "--format", "json", "--output", report.toString(), Cli.example().toString());
		assertEquals(0, rerun.exitCode(), "the report Stratagem wrote is replaced without asking: " + rerun);
		assertEquals(List.of("report.json"), manifest(dir));

		Files.writeString(report, "edited");
		CommandRun edited = Cli.run("validate", "--format", "json", "--output", report.toString(), Cli.example().toString());
		assertEquals(2, edited.exitCode(), edited.toString());
		assertEquals("stratagem: refusing to overwrite " + report + ": it was changed after Stratagem wrote it; choose another file name, or add --overwrite to"
				+ " replace it\n", edited.err());
		assertEquals("edited", Files.readString(report));
	}

	@Test
	void exportAndDiagramRefuseToOverwriteAFileStratagemDidNotWrite() throws IOException {
		Path csv = Files.writeString(dir.resolve("inventory.csv"), "mine");
		CommandRun export = Cli.run("export", "omb-inventory", Cli.example().toString(), "-o", csv.toString());
		assertEquals(2, export.exitCode(), export.toString());
		assertTrue(export.err().startsWith("stratagem: refusing to overwrite " + csv + ": Stratagem did not write it;"), export.err());
		assertEquals("mine", Files.readString(csv));

		Path svg = Files.writeString(dir.resolve("strategy.svg"), "mine");
		CommandRun diagram = Cli.run("diagram", Cli.example().toString(), "--kind", "strategy", "-o", svg.toString());
		assertEquals(2, diagram.exitCode(), diagram.toString());
		assertTrue(diagram.err().startsWith("stratagem: refusing to overwrite " + svg + ": Stratagem did not write it;"), diagram.err());
		assertEquals("mine", Files.readString(svg));
		assertEquals(0, Cli.run("diagram", Cli.example().toString(), "--kind", "strategy", "-o", svg.toString(), "--overwrite").exitCode());
		assertTrue(Files.readString(svg).startsWith("<svg") || Files.readString(svg).startsWith("<?xml"), "replaced with --overwrite");
	}

	/** The files the manifest of a folder lists, in its order. */
	private static List<String> manifest(Path folder) throws IOException {
		return Files.readAllLines(folder.resolve(".stratagem-output")).stream().filter(line -> !line.startsWith("#")).map(line -> line.substring(66)).toList();
	}
}
