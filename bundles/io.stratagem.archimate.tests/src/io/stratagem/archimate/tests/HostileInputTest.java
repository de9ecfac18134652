package io.stratagem.archimate.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.stratagem.archimate.ArchimateCodes;
import io.stratagem.archimate.ArchimateImport;

/** Files that are not ours to trust: refused with a code, or read without writing outside the output. */
class HostileInputTest {

	private static final String BILLION_LAUGHS = """
			<?xml version="1.0"?>
			<!DOCTYPE model [
			  <!ENTITY lol "lol">
			  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
			  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
			  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
			]>
			<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" identifier="m"><name>&lol4;</name></model>
			""";

	private static final String EXTERNAL_ENTITY = """
			<?xml version="1.0"?>
			<!DOCTYPE model [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
			<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" identifier="m"><name>&secret;</name></model>
			""";

	private static final String HEAD = "<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" identifier=\"m\"><name>M</name>";

	private static ArchimateImport.RefusedException refused(String xml) {
		return assertThrows(ArchimateImport.RefusedException.class, () -> Exchange.importer().read(xml, "hostile.xml"));
	}

	@Test
	void entityExpansionIsRefusedBeforeAnyEntityIsExpanded() {
		ArchimateImport.RefusedException e = refused(BILLION_LAUGHS);
		assertEquals(ArchimateCodes.DOCTYPE, e.code());
		assertFalse(e.getMessage().contains("lollol"), e.getMessage());
	}

	@Test
	void anExternalEntityIsRefusedAndTheFileItNamesIsNotRead() {
		ArchimateImport.RefusedException e = refused(EXTERNAL_ENTITY);
		assertEquals(ArchimateCodes.DOCTYPE, e.code());
		assertFalse(e.getMessage().contains("root:"), e.getMessage());
	}

	@Test
	void textThatIsNotXmlIsRefusedWithItsPosition() {
		ArchimateImport.RefusedException e = refused("<model><name>unclosed</model>");
		assertEquals(ArchimateCodes.NOT_XML, e.code());
		assertEquals(true, e.getMessage().startsWith("hostile.xml:1:"), e.getMessage());
	}

	@Test
	void xmlOfAnotherVocabularyIsRefused() {
		ArchimateImport.RefusedException e = refused("<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
		assertEquals(ArchimateCodes.NOT_EXCHANGE, e.code());
		assertEquals("hostile.xml: not an ArchiMate exchange model: the root element is {http://www.w3.org/2000/svg}svg, not {http://www.opengroup.org/xsd/archimate/3.0/}model",
				e.getMessage());
	}

	@Test
	void aFilePathThatLeavesTheOutputFolderIsReplacedAndReported() throws Exception {
		String xml = HEAD + """
				<elements><element identifier="g" xsi:type="Goal"><name>Grow</name><properties>
				<property propertyDefinitionRef="f"><value>../../outside.strategy</value></property>
				<property propertyDefinitionRef="q"><value>x.Grow</value></property></properties></element></elements>
				<propertyDefinitions><propertyDefinition identifier="f" type="string"><name>stratagem:source file</name></propertyDefinition>
				<propertyDefinition identifier="q" type="string"><name>stratagem:qualified name</name></propertyDefinition></propertyDefinitions></model>
				""";
		ArchimateImport.Result result = Exchange.importer().read(xml, "hostile.xml");
		assertEquals(List.of(new ArchimateImport.Finding(ArchimateCodes.REPLACED,
				"element g: file '../../outside.strategy' is not a safe relative path; written to archimate.strategy")), result.findings());
		assertEquals(Map.of("archimate.strategy", "objective Grow {\n}\n"), result.files());
	}

	@Test
	void aFileHeaderLineThatIsNotANamespaceOrImportIsDropped() throws Exception {
		String xml = HEAD + """
				<properties><property propertyDefinitionRef="h"><value>a.strategy
				namespace a
				objective Injected {}</value></property></properties>
				<elements><element identifier="g" xsi:type="Goal"><name>Grow</name><properties>
				<property propertyDefinitionRef="f"><value>a.strategy</value></property>
				<property propertyDefinitionRef="q"><value>a.Grow</value></property></properties></element></elements>
				<propertyDefinitions><propertyDefinition identifier="f" type="string"><name>stratagem:source file</name></propertyDefinition>
				<propertyDefinition identifier="h" type="string"><name>stratagem:file header</name></propertyDefinition>
				<propertyDefinition identifier="q" type="string"><name>stratagem:qualified name</name></propertyDefinition></propertyDefinitions></model>
				""";
		ArchimateImport.Result result = Exchange.importer().read(xml, "hostile.xml");
		assertEquals(List.of(new ArchimateImport.Finding(ArchimateCodes.REPLACED,
				"file a.strategy: header line 'objective Injected {}' is not a namespace or import; dropped")), result.findings());
		assertEquals(Map.of("a.strategy", "namespace a\n\nobjective Grow {\n}\n"), result.files());
	}

	@Test
	void aValueOrKeyThatWouldReachBeyondItsLineIsDroppedSoNoElementCanBeInjected() throws Exception {
		String xml = HEAD + """
				<elements><element identifier="g" xsi:type="Goal"><name>Grow</name><properties>
				<property propertyDefinitionRef="q"><value>a.Grow</value></property>
				<property propertyDefinitionRef="t"><value>2027-Q4 } objective Injected { due 2028-Q1</value></property>
				<property propertyDefinitionRef="t"><value>'"' } objective Quoted { "</value></property>
				<property propertyDefinitionRef="t"><value>2027-Q4 /* the rest of the file</value></property>
				<property propertyDefinitionRef="x"><value>2027-Q4</value></property>
				<property propertyDefinitionRef="t"><value>2027-Q4 // "a comment" { }</value></property>
				<property propertyDefinitionRef="d"><value>"A } text"</value></property></properties></element></elements>
				<propertyDefinitions><propertyDefinition identifier="q" type="string"><name>stratagem:qualified name</name></propertyDefinition>
				<propertyDefinition identifier="t" type="string"><name>stratagem:due</name></propertyDefinition>
				<propertyDefinition identifier="x" type="string"><name>stratagem:due } objective Key {</name></propertyDefinition>
				<propertyDefinition identifier="d" type="string"><name>stratagem:description</name></propertyDefinition></propertyDefinitions></model>
				""";
		ArchimateImport.Result result = Exchange.importer().read(xml, "hostile.xml");
		String dropped = "element g: the value of 'stratagem:due' would reach beyond its line in .strategy; dropped";
		assertEquals(List.of(
				new ArchimateImport.Finding(ArchimateCodes.REPLACED, dropped),
				new ArchimateImport.Finding(ArchimateCodes.REPLACED, dropped),
				new ArchimateImport.Finding(ArchimateCodes.REPLACED, dropped),
				new ArchimateImport.Finding(ArchimateCodes.REPLACED, "element g: property 'stratagem:due } objective Key {' names no keyword; dropped"),
				new ArchimateImport.Finding(ArchimateCodes.REPLACED, dropped)), result.findings());
		assertEquals(Map.of("archimate.strategy", "objective Grow {\n\tdescription \"A } text\"\n}\n"), result.files());
	}
}
