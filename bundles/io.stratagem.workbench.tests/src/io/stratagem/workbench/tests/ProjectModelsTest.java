/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.stratagem.diagram.DiagramSource;
import io.stratagem.workbench.StrategyLanguage;
import io.stratagem.workbench.services.ModelErrorsException;
import io.stratagem.workbench.services.ProjectModels;
import io.stratagem.workspace.load.ModelSet;
import io.stratagem.workspace.report.Finding;
import io.stratagem.workspace.report.Severity;

/** What the workbench's commands do with a project folder, without the workbench around them. */
class ProjectModelsTest {

	@TempDir
	Path temp;

	private final ProjectModels models = StrategyLanguage.injector().getInstance(ProjectModels.class);

	@Test
	void problemsPlaceEachFindingInItsFile() throws Exception {
		Path folder = Examples.copy(Examples.acmeInsurance(), temp.resolve("acme"));
		List<Finding> problems = models.problems(models.load(folder));
		Finding finding = problems.stream().filter(p -> p.code().equals("STRAT-STRAT-001") && p.line() == 94).findFirst().orElseThrow();
		assertEquals(folder.resolve("goals.strategy"), Path.of(finding.file()));
		assertEquals(Severity.WARNING, finding.severity());
		String text = Files.readString(Path.of(finding.file()));
		assertEquals("TrustworthyAI", text.substring(finding.offset(), finding.offset() + finding.length()));
		assertFalse(problems.stream().anyMatch(p -> p.severity() == Severity.ERROR), "the example has no errors");
	}

	@Test
	void generateRefusesModelsWithErrorsAndNamesThem() throws Exception {
		Path folder = exampleMeasuredByAMissingKpi();
		ModelSet loaded = models.load(folder);
		ModelErrorsException refused = assertThrows(ModelErrorsException.class, () -> models.generateSite(loaded, folder));
		assertTrue(refused.getMessage().contains("goals.strategy:95"), refused.getMessage());
		assertTrue(refused.getMessage().contains("STRAT-LINK-001"), refused.getMessage());
		assertFalse(Files.exists(folder.resolve(ProjectModels.SITE_FOLDER)), "nothing written");
	}

	@Test
	void diagramExportDrawsNothingFromAModelThatIsNotWholeAndNamesWhy() throws Exception {
		Path folder = exampleMeasuredByAMissingKpi();
		ModelSet loaded = models.load(folder);
		DiagramSource.IncompleteModel refused = assertThrows(DiagramSource.IncompleteModel.class, () -> models.exportDiagrams(loaded, folder));
		assertEquals(List.of("STRAT-LINK-001 " + folder.resolve("goals.strategy") + ":95"),
				refused.findings().stream().map(f -> f.code() + " " + f.file() + ":" + f.line()).toList());
		assertFalse(Files.exists(folder.resolve(ProjectModels.DIAGRAM_FOLDER)), "nothing written");
	}

	@Test
	void generateWritesTheSiteWithFilesNamedFromTheProject() throws Exception {
		Path folder = Examples.copy(Examples.acmeInsurance(), temp.resolve("acme"));
		int written = models.generateSite(models.load(folder), folder);
		Path site = folder.resolve(ProjectModels.SITE_FOLDER);
		assertTrue(written > 20, "files written: " + written);
		assertTrue(Files.isRegularFile(site.resolve("index.html")));
		String findings = Files.readString(site.resolve("findings.html"));
		assertTrue(findings.contains("goals.strategy"), "findings name their file");
		assertFalse(findings.contains(temp.toString()), "relative to the project, not the disk");
	}

	@Test
	void generateAndDiagramExportRefuseFoldersWithFilesStratagemDidNotWrite() throws Exception {
		Path folder = Examples.copy(Examples.acmeInsurance(), temp.resolve("acme"));
		ModelSet loaded = models.load(folder);
		Path site = Files.createDirectories(folder.resolve(ProjectModels.SITE_FOLDER));
		Files.writeString(site.resolve("notes.txt"), "mine");
		IOException refused = assertThrows(IOException.class, () -> models.generateSite(loaded, folder));
		assertEquals("refusing to write to " + site + ": the folder is not empty and Stratagem did not write it (it has no .stratagem-output);"
				+ " choose an empty or new folder, or one Stratagem wrote", refused.getMessage());
		assertEquals(List.of("notes.txt"), names(site));

		Path diagrams = Files.createDirectories(folder.resolve(ProjectModels.DIAGRAM_FOLDER));
		Files.writeString(diagrams.resolve("strategy.svg"), "mine");
		assertThrows(IOException.class, () -> models.exportDiagrams(loaded, folder));
		assertEquals("mine", Files.readString(diagrams.resolve("strategy.svg")));

		Files.delete(diagrams.resolve("strategy.svg"));
		assertEquals(List.of(diagrams.resolve("roadmap.svg"), diagrams.resolve("roadmap.png"), diagrams.resolve("strategy.svg"), diagrams.resolve("strategy.png")),
				models.exportDiagrams(loaded, folder));
		assertEquals(List.of(".stratagem-output", "roadmap.png", "roadmap.svg", "strategy.png", "strategy.svg"), names(diagrams));
		models.exportDiagrams(loaded, folder);
		assertEquals(List.of(".stratagem-output", "roadmap.png", "roadmap.svg", "strategy.png", "strategy.svg"), names(diagrams), "a rerun replaces its own files");
	}

	/** A copy of the example whose goals.strategy, at line 95, is measured by a KPI that does not exist. */
	private Path exampleMeasuredByAMissingKpi() throws IOException {
		Path folder = Examples.copy(Examples.acmeInsurance(), temp.resolve("broken"));
		Path goals = folder.resolve("goals.strategy");
		Files.writeString(goals, Files.readString(goals).replace("measured by ControlCoverage", "measured by NoSuchKpi"));
		return folder;
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}
}
