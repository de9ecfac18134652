package io.stratagem.archimate.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

import com.google.inject.Injector;

import io.stratagem.archimate.ArchimateExport;
import io.stratagem.archimate.ArchimateImport;
import io.stratagem.dsl.StrategyStandaloneSetup;
import io.stratagem.model.StrategyModel;
import io.stratagem.testing.ProjectFiles;
import io.stratagem.workspace.load.ModelSet;
import io.stratagem.workspace.load.ModelSetLoader;

/** One injector for the tests of this bundle; loading, exporting, importing and schema validation. */
final class Exchange {

	private static Injector injector;

	private Exchange() {
	}

	static synchronized Injector injector() {
		if (injector == null) {
			injector = StrategyStandaloneSetup.doSetup();
		}
		return injector;
	}

	/** The models of a folder by path relative to it, checked to load without any error. */
	static Map<String, StrategyModel> load(Path folder) {
		ModelSet models = injector().getInstance(ModelSetLoader.class).load(List.of(folder));
		Map<String, StrategyModel> byPath = new TreeMap<>();
		models.resources().forEach((path, resource) -> {
			assertEquals(List.of(), resource.getErrors(), path.toString());
			byPath.put(folder.relativize(path).toString().replace('\\', '/'), (StrategyModel) resource.getContents().get(0));
		});
		return byPath;
	}

	static ArchimateExport.Result export(Path folder) {
		return new ArchimateExport().export(load(folder), "Test");
	}

	/** Writes one model text to a file of a new folder and exports that folder. */
	static ArchimateExport.Result export(Path folder, String text) throws IOException {
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("model.strategy"), text);
		return export(folder);
	}

	static ArchimateImport importer() {
		return injector().getInstance(ArchimateImport.class);
	}

	/** Writes the files of an import into a new folder. */
	static Path write(Map<String, String> files, Path folder) throws IOException {
		for (Map.Entry<String, String> file : files.entrySet()) {
			Path path = folder.resolve(file.getKey());
			Files.createDirectories(path.getParent());
			Files.writeString(path, file.getValue());
		}
		return folder;
	}

	/**
	 * The elements and relationships of an exchange document as sorted lines, independent of
	 * identifiers of relationships and of order: {@code Goal acme.Growth "Growth" [stratagem:kind=objective, ...]}
	 * and {@code Realization acme.A -> acme.B [stratagem:reference=serves]}.
	 */
	static List<String> concepts(String xml) throws IOException {
		org.w3c.dom.Document document = io.stratagem.model.xml.SecureXml.parse(xml, "export");
		Map<String, String> definitions = new TreeMap<>();
		for (org.w3c.dom.Element definition : elements(document, "propertyDefinition")) {
			definitions.put(definition.getAttribute("identifier"), definition.getElementsByTagNameNS("*", "name").item(0).getTextContent());
		}
		Map<String, String> names = new TreeMap<>();
		List<String> lines = new ArrayList<>();
		for (org.w3c.dom.Element element : elements(document, "element")) {
			String name = properties(element, definitions).stream().filter(p -> p.startsWith("stratagem:qualified name=")).findFirst()
					.orElseThrow(() -> new AssertionError(element.getAttribute("identifier") + " has no qualified name: " + properties(element, definitions)))
					.substring("stratagem:qualified name=".length());
			names.put(element.getAttribute("identifier"), name);
			org.w3c.dom.NodeList documentation = element.getElementsByTagNameNS("*", "documentation");
			lines.add(element.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type") + " " + name + " \"" + element.getElementsByTagNameNS("*", "name").item(0).getTextContent() + "\""
					+ (documentation.getLength() == 0 ? "" : " (" + documentation.item(0).getTextContent() + ")") + " " + properties(element, definitions));
		}
		for (org.w3c.dom.Element relationship : elements(document, "relationship")) {
			lines.add(relationship.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type") + " " + names.get(relationship.getAttribute("source")) + " -> "
					+ names.get(relationship.getAttribute("target")) + " " + properties(relationship, definitions));
		}
		java.util.Collections.sort(lines);
		return lines;
	}

	/**
	 * The types of the document's concepts in document order: {@code Goal t.Grow} for an element,
	 * {@code Realization t.Assist -> t.Grow (serves)} for a relationship with its reference's words.
	 */
	static List<String> types(String xml) throws IOException {
		org.w3c.dom.Document document = io.stratagem.model.xml.SecureXml.parse(xml, "export");
		Map<String, String> names = new TreeMap<>();
		List<String> lines = new ArrayList<>();
		for (org.w3c.dom.Element element : elements(document, "element")) {
			String name = element.getAttribute("identifier").substring("id-".length());
			names.put(element.getAttribute("identifier"), name);
			lines.add(element.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type") + " " + name);
		}
		Map<String, String> definitions = new TreeMap<>();
		for (org.w3c.dom.Element definition : elements(document, "propertyDefinition")) {
			definitions.put(definition.getAttribute("identifier"), definition.getElementsByTagNameNS("*", "name").item(0).getTextContent());
		}
		for (org.w3c.dom.Element relationship : elements(document, "relationship")) {
			String words = properties(relationship, definitions).stream().filter(p -> p.startsWith("stratagem:reference=")).findFirst().orElse("=?").split("=", 2)[1];
			lines.add(relationship.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type") + " " + names.get(relationship.getAttribute("source")) + " -> "
					+ names.get(relationship.getAttribute("target")) + " (" + words + ")");
		}
		return lines;
	}

	private static List<org.w3c.dom.Element> elements(org.w3c.dom.Document document, String name) {
		List<org.w3c.dom.Element> elements = new ArrayList<>();
		org.w3c.dom.NodeList list = document.getElementsByTagNameNS("*", name);
		for (int i = 0; i < list.getLength(); i++) {
			elements.add((org.w3c.dom.Element) list.item(i));
		}
		return elements;
	}

	/**
	 * The concept with this identifier as lines in document order: its type and name, its
	 * documentation when it has one, then each property as {@code key=value}.
	 */
	static List<String> concept(String xml, String identifier) throws IOException {
		org.w3c.dom.Document document = io.stratagem.model.xml.SecureXml.parse(xml, "export");
		Map<String, String> definitions = new TreeMap<>();
		for (org.w3c.dom.Element definition : elements(document, "propertyDefinition")) {
			definitions.put(definition.getAttribute("identifier"), definition.getElementsByTagNameNS("*", "name").item(0).getTextContent());
		}
		List<org.w3c.dom.Element> concepts = new ArrayList<>(elements(document, "element"));
		concepts.addAll(elements(document, "relationship"));
		org.w3c.dom.Element concept = concepts.stream().filter(c -> c.getAttribute("identifier").equals(identifier)).findFirst().orElseThrow();
		List<String> lines = new ArrayList<>();
		org.w3c.dom.NodeList names = concept.getElementsByTagNameNS("*", "name");
		lines.add(concept.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type") + (names.getLength() == 0 ? "" : " " + names.item(0).getTextContent()));
		org.w3c.dom.NodeList documentation = concept.getElementsByTagNameNS("*", "documentation");
		if (documentation.getLength() > 0) {
			lines.add("documentation=" + documentation.item(0).getTextContent());
		}
		org.w3c.dom.NodeList list = concept.getElementsByTagNameNS("*", "property");
		for (int i = 0; i < list.getLength(); i++) {
			org.w3c.dom.Element property = (org.w3c.dom.Element) list.item(i);
			lines.add(definitions.get(property.getAttribute("propertyDefinitionRef")) + "=" + property.getElementsByTagNameNS("*", "value").item(0).getTextContent());
		}
		return lines;
	}

	/** The identifier of the relationship of this type between the elements of these qualified names. */
	static String relationship(String xml, String type, String source, String target) throws IOException {
		org.w3c.dom.Document document = io.stratagem.model.xml.SecureXml.parse(xml, "export");
		return elements(document, "relationship").stream()
				.filter(r -> r.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type").equals(type) && r.getAttribute("source").equals("id-" + source)
						&& r.getAttribute("target").equals("id-" + target))
				.map(r -> r.getAttribute("identifier")).findFirst().orElseThrow(() -> new AssertionError("no " + type + " from " + source + " to " + target));
	}

	/** The properties of a concept as sorted {@code key=value} texts. */
	static List<String> properties(org.w3c.dom.Element concept, Map<String, String> definitions) {
		List<String> properties = new ArrayList<>();
		org.w3c.dom.NodeList list = concept.getElementsByTagNameNS("*", "property");
		for (int i = 0; i < list.getLength(); i++) {
			org.w3c.dom.Element property = (org.w3c.dom.Element) list.item(i);
			properties.add(definitions.get(property.getAttribute("propertyDefinitionRef")) + "=" + property.getElementsByTagNameNS("*", "value").item(0).getTextContent());
		}
		java.util.Collections.sort(properties);
		return properties;
	}

	/** The schema files, kept in this bundle: see resources/archimate-exchange-3.1/README.md. */
	static Path schemas() {
		return ProjectFiles.root().resolve("bundles/io.stratagem.archimate.tests/resources/archimate-exchange-3.1");
	}

	/**
	 * The errors of the document against the exchange format's schema with diagrams; empty when
	 * valid. The schema's imports (xml.xsd on w3.org) are read from the kept copies, never fetched.
	 */
	static List<String> schemaErrors(String xml) throws IOException, SAXException {
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> local(systemId, publicId, baseUri));
		Path main = schemas().resolve("archimate3_Diagram.xsd");
		Schema schema;
		try (InputStream in = Files.newInputStream(main)) {
			schema = factory.newSchema(new StreamSource(in, "local:archimate3_Diagram.xsd"));
		}
		Validator validator = schema.newValidator();
		validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		List<String> errors = new ArrayList<>();
		validator.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
			@Override
			public void error(org.xml.sax.SAXParseException e) {
				errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
			}

			@Override
			public void fatalError(org.xml.sax.SAXParseException e) {
				errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
			}
		});
		validator.validate(new StreamSource(new StringReader(xml)));
		return errors;
	}

	/** A kept schema file by the last segment of the location asked for. */
	private static LSInput local(String systemId, String publicId, String baseUri) {
		String name = systemId.substring(systemId.lastIndexOf('/') + 1);
		Path file = schemas().resolve(name);
		if (!Files.isRegularFile(file)) {
			throw new IllegalStateException("schema " + systemId + " is not kept in " + schemas());
		}
		try {
			return new Input(publicId, "local:" + name, baseUri, Files.readString(file));
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/** A schema document given as text. */
	private record Input(String publicId, String systemId, String baseURI, String stringData) implements LSInput {
		// @formatter:off
		@Override public String getPublicId() { return publicId; }
		@Override public String getSystemId() { return systemId; }
		@Override public String getBaseURI() { return baseURI; }
		@Override public String getStringData() { return stringData; }
		@Override public java.io.Reader getCharacterStream() { return null; }
		@Override public InputStream getByteStream() { return null; }
		@Override public String getEncoding() { return null; }
		@Override public boolean getCertifiedText() { return false; }
		@Override public void setPublicId(String v) { }
		@Override public void setSystemId(String v) { }
		@Override public void setBaseURI(String v) { }
		@Override public void setStringData(String v) { }
		@Override public void setCharacterStream(java.io.Reader v) { }
		@Override public void setByteStream(InputStream v) { }
		@Override public void setEncoding(String v) { }
		@Override public void setCertifiedText(boolean v) { }
		// @formatter:on
	}
}
