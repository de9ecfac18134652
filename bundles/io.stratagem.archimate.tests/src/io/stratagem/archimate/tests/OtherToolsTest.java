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
}
