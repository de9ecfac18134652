package io.stratagem.archimate.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.stratagem.model.xml.SecureXml;
import io.stratagem.testing.ProjectFiles;

/**
 * Every relationship the export writes is one ArchiMate allows between its two element types, as
 * Archi's table of relationships says (resources/archi-relationships.xml): tools that check it
 * import the file without complaint.
 */
class ArchimateRulesTest {

	private static final Map<String, Character> LETTERS = Map.of("Access", 'a', "Composition", 'c', "Flow", 'f', "Aggregation", 'g', "Assignment", 'i',
			"Influence", 'n', "Association", 'o', "Realization", 'r', "Specialization", 's', "Triggering", 't');

	@TempDir
	Path dir;

	@Test
	void everyRelationshipOfTheExampleAndOfEveryConceptIsAllowedByArchimate() throws Exception {
		Path model = ProjectFiles.root().resolve("bundles/io.stratagem.archimate.tests/resources/every-concept.strategy");
		List<String> forbidden = new ArrayList<>(forbidden(Exchange.export(dir.resolve("every"), Files.readString(model)).xml()));
		forbidden.addAll(forbidden(Exchange.export(ProjectFiles.copyExample("acme-insurance", dir.resolve("example"))).xml()));
		assertEquals(List.of(), forbidden);
	}

	private static List<String> forbidden(String xml) throws Exception {
		Document rules = SecureXml.parse(Files.readString(ProjectFiles.root().resolve("bundles/io.stratagem.archimate.tests/resources/archi-relationships.xml")),
				"archi-relationships.xml");
		Map<String, String> allowed = new HashMap<>();
		for (Element source : list(rules, "source")) {
			for (Element target : list(source, "target")) {
				allowed.put(source.getAttribute("concept") + " " + target.getAttribute("concept"), target.getAttribute("relations"));
			}
		}
		Document document = SecureXml.parse(xml, "export");
		Map<String, String> types = new HashMap<>();
		for (Element element : list(document, "element")) {
			types.put(element.getAttribute("identifier"), type(element));
		}
		List<String> forbidden = new ArrayList<>();
		for (Element relationship : list(document, "relationship")) {
			String pair = types.get(relationship.getAttribute("source")) + " " + types.get(relationship.getAttribute("target"));
			if (allowed.getOrDefault(pair, "").indexOf(LETTERS.get(type(relationship))) < 0) {
				forbidden.add(type(relationship) + " " + relationship.getAttribute("source") + " -> " + relationship.getAttribute("target") + " (" + pair + ")");
			}
		}
		return forbidden;
	}

	private static String type(Element element) {
		return element.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type");
	}

	private static List<Element> list(org.w3c.dom.Node parent, String name) {
		NodeList nodes = parent instanceof Document d ? d.getElementsByTagNameNS("*", name) : ((Element) parent).getElementsByTagNameNS("*", name);
		List<Element> elements = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			elements.add((Element) nodes.item(i));
		}
		return elements;
	}
}
