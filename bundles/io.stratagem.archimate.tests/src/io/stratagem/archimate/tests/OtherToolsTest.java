package io.stratagem.archimate.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.stratagem.archimate.ArchimateCodes;
import io.stratagem.archimate.ArchimateImport;

/** A model made in another ArchiMate tool: what has a Stratagem concept is imported, the rest reported. */
class OtherToolsTest {

	@Test
	void anElementBecomesTheConceptOfItsTypeAndWhatHasNoneIsReported() throws Exception {
		String xml = """
				<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="m">
				<name>From Archi</name>
				<elements>
				<element identifier="id-1" xsi:type="Goal"><name>Grow revenue</name><documentation>By 2030</documentation></element>
				<element identifier="id-2" xsi:type="ApplicationComponent"><name>CRM</name></element>
				</elements>
				<relationships><relationship identifier="r1" xsi:type="Association" source="id-1" target="id-2"/></relationships>
				</model>
				""";
		ArchimateImport.Result result = Exchange.importer().read(xml, "archi.xml");
		assertEquals(List.of(
				new ArchimateImport.Finding(ArchimateCodes.ELEMENT_SKIPPED, "element id-2 'CRM' of type ApplicationComponent: Stratagem has no concept for it; not imported"),
				new ArchimateImport.Finding(ArchimateCodes.RELATIONSHIP_SKIPPED, "relationship r1 (Association from id-1 to id-2): an end is not imported; not imported")),
				result.findings());
		assertEquals(Map.of("archimate.strategy", "objective Grow_revenue \"Grow revenue\" {\n\tdescription \"By 2030\"\n}\n"), result.files());
	}

	@Test
	void anInitiativeNoRoadmapContainsIsReportedRatherThanWrittenWhereTheLanguageHasNoPlaceForIt() throws Exception {
		String xml = """
				<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="m">
				<name>Edited</name>
				<elements>
				<element identifier="id-1" xsi:type="WorkPackage"><name>Build</name><properties>
				<property propertyDefinitionRef="k"><value>initiative</value></property></properties></element>
				<element identifier="id-2" xsi:type="WorkPackage"><name>Adoption</name></element>
				</elements>
				<relationships><relationship identifier="r1" xsi:type="Composition" source="id-2" target="id-1"><properties>
				<property propertyDefinitionRef="r"><value>contains</value></property></properties></relationship></relationships>
				<propertyDefinitions><propertyDefinition identifier="k" type="string"><name>stratagem:concept keyword</name></propertyDefinition>
				<propertyDefinition identifier="r" type="string"><name>stratagem:reference</name></propertyDefinition></propertyDefinitions>
				</model>
				""";
		ArchimateImport.Result result = Exchange.importer().read(xml, "edited.xml");
		assertEquals(List.of(
				new ArchimateImport.Finding(ArchimateCodes.RELATIONSHIP_SKIPPED,
						"relationship r1 (Composition from id-2 to id-1): only a roadmap or a phase contains a phase, an initiative or a milestone, each in one place; not imported"),
				new ArchimateImport.Finding(ArchimateCodes.ELEMENT_SKIPPED, "element id-1 'Build' (initiative): it belongs in a roadmap and no roadmap contains it; not imported")),
				result.findings());
		assertEquals(Map.of("archimate.strategy", "change Adoption {\n}\n"), result.files());
	}
}
