package io.stratagem.archimate.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.stratagem.archimate.ArchimateExport;
import io.stratagem.archimate.ArchimateMapping;
import io.stratagem.testing.ProjectFiles;

/** The example's export is a valid ArchiMate 3.1 exchange document with its two kinds of view. */
class ExampleExportTest {

	@TempDir
	Path dir;

	@Test
	void theExampleExportsToADocumentValidAgainstTheOpenGroupSchema() throws Exception {
		ArchimateExport.Result result = Exchange.export(ProjectFiles.copyExample("acme-insurance", dir));
		assertEquals(List.of(), Exchange.schemaErrors(result.xml()));
	}

	@Test
	void everyElementOfTheExampleIsAnArchimateElement() throws Exception {
		Path example = ProjectFiles.copyExample("acme-insurance", dir);
		long named = Exchange.load(example).values().stream()
				.flatMap(model -> java.util.stream.StreamSupport.stream(((Iterable<org.eclipse.emf.ecore.EObject>) model::eAllContents).spliterator(), false))
				.filter(o -> ArchimateMapping.concepts().containsKey(o.eClass().getName())).count();
		assertEquals(named, Exchange.export(example).elements());
	}

	@Test
	void theExampleHasAStrategyViewAndOneViewPerRoadmap() throws Exception {
		ArchimateExport.Result result = Exchange.export(ProjectFiles.copyExample("acme-insurance", dir));
		assertEquals(List.of("Strategy", "Acme Insurance AI roadmap 2027-2029"), result.views());
		assertEquals(List.of(284, 955), List.of(result.elements(), result.relationships()), "elements and relationships");
	}

	@Test
	void aModelWithoutElementsExportsToAValidDocumentToo() throws Exception {
		ArchimateExport.Result result = Exchange.export(dir, "namespace empty\n");
		assertEquals(List.of(), Exchange.schemaErrors(result.xml()));
		assertEquals(List.of(0, 0), List.of(result.elements(), result.relationships()));
	}
}
