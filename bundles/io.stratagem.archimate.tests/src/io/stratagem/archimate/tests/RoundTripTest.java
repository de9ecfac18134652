package io.stratagem.archimate.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.stratagem.archimate.ArchimateExport;
import io.stratagem.archimate.ArchimateImport;
import io.stratagem.testing.ProjectFiles;
import io.stratagem.workspace.load.ModelSet;
import io.stratagem.workspace.load.ModelSetLoader;
import io.stratagem.workspace.report.FindingCollector;

/** Importing an export gives the same elements, relationships and property values. */
class RoundTripTest {

	@TempDir
	Path dir;

	@Test
	void theExampleImportedFromItsExportExportsTheSameElementsRelationshipsAndProperties() throws Exception {
		ArchimateExport.Result first = Exchange.export(ProjectFiles.copyExample("acme-insurance", dir.resolve("example")));
		ArchimateImport.Result imported = Exchange.importer().read(first.xml(), "acme.xml");
		assertEquals(List.of(), imported.findings());
		assertEquals(first.elements(), imported.elements());
		assertEquals(first.relationships(), imported.relationships());

		ArchimateExport.Result second = Exchange.export(Exchange.write(imported.files(), Files.createDirectories(dir.resolve("imported"))));
		assertEquals(String.join("\n", Exchange.concepts(first.xml())), String.join("\n", Exchange.concepts(second.xml())));
	}

	@Test
	void everyConceptReferenceAndLineOfHandMadeModelsSurvivesTheRoundTrip() throws Exception {
		String everyConcept = Files.readString(ProjectFiles.root().resolve("bundles/io.stratagem.archimate.tests/resources/every-concept.strategy"));
		for (String model : List.of(everyConcept, PropertiesTest.MODEL)) {
			Path folder = Files.createTempDirectory(dir, "model");
			ArchimateExport.Result first = Exchange.export(folder, model);
			ArchimateImport.Result imported = Exchange.importer().read(first.xml(), "model.xml");
			assertEquals(List.of(), imported.findings());
			ArchimateExport.Result second = Exchange.export(Exchange.write(imported.files(), Files.createTempDirectory(dir, "imported")));
			assertEquals(String.join("\n", Exchange.concepts(first.xml())), String.join("\n", Exchange.concepts(second.xml())));
		}
	}

	@Test
	void theReimportedExampleHasTheSameFindingsAsTheExample() throws Exception {
		Path example = ProjectFiles.copyExample("acme-insurance", dir.resolve("example"));
		ArchimateImport.Result imported = Exchange.importer().read(Exchange.export(example).xml(), "acme.xml");
		Path back = Exchange.write(imported.files(), Files.createDirectories(dir.resolve("imported")));
		List<String> original = findings(example);
		assertEquals(35, original.size(), "the example's 26 warnings and 9 infos");
		assertEquals(original, findings(back));
	}

	/** Severity, code, file, element and message of each finding, sorted: line numbers differ, the layout being the formatter's. */
	private static List<String> findings(Path folder) {
		ModelSet models = Exchange.injector().getInstance(ModelSetLoader.class).load(List.of(folder));
		return Exchange.injector().getInstance(FindingCollector.class).collect(models).stream()
				.map(f -> f.severity() + " " + f.code() + " " + Path.of(f.file()).getFileName() + " " + f.element() + " " + f.message()).sorted().toList();
	}
}
