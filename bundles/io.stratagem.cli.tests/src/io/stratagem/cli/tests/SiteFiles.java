package io.stratagem.cli.tests;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import io.stratagem.model.xml.SecureXml;

/** Reading a generated site back: its pages as strict XML, its CSV exports (its files: ProjectFiles.files). */
final class SiteFiles {

	private SiteFiles() {
	}

	/** HTML pages are written as well-formed XML, so an XML parser checks them strictly. */
	static Document parseXml(String text) throws IOException {
		return SecureXml.parsePage(text, "page");
	}

	static List<CSVRecord> csv(Path file) throws IOException {
		return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(Files.readString(file))).getRecords();
	}

	/** The elements of a tag with the given class among their classes, in document order. */
	static List<Element> byClass(Element root, String tag, String cssClass) {
		List<Element> result = new ArrayList<>();
		NodeList nodes = root.getElementsByTagName(tag);
		for (int i = 0; i < nodes.getLength(); i++) {
			Element element = (Element) nodes.item(i);
			if (List.of(element.getAttribute("class").split(" ")).contains(cssClass)) {
				result.add(element);
			}
		}
		return result;
	}

	/** The text of the first element of a tag under the root, trimmed. */
	static String firstText(Element root, String tag) {
		return root.getElementsByTagName(tag).item(0).getTextContent().trim();
	}

	/** The child elements of a tag, in document order (not the descendants: a table's own rows, a row's own cells). */
	static List<Element> children(Element parent, String tag) {
		List<Element> result = new ArrayList<>();
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && e.getTagName().equals(tag)) {
				result.add(e);
			}
		}
		return result;
	}

	/** The trimmed text of each node. */
	static List<String> texts(NodeList nodes) {
		List<String> result = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			result.add(nodes.item(i).getTextContent().trim());
		}
		return result;
	}
}
