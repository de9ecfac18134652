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
}
