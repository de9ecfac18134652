package io.stratagem.model.xml;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.emf.ecore.xmi.XMLResource;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The one way Stratagem reads XML, XMI included: a document type declaration is refused, so no
 * entity is expanded (XXE, billion laughs) and no DTD or schema is fetched. Stratagem's own XML
 * (generated pages, SVG, reports) never needs a DTD, so refusing one loses nothing.
 */
public final class SecureXml {

	private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

	/** SAX features for every parser: the first refuses DOCTYPE, the others hold if a parser ignores it. */
	private static final Map<String, Boolean> FEATURES = Map.of(
			DISALLOW_DOCTYPE, true,
			XMLConstants.FEATURE_SECURE_PROCESSING, true,
			"http://xml.org/sax/features/external-general-entities", false,
			"http://xml.org/sax/features/external-parameter-entities", false,
			"http://apache.org/xml/features/nonvalidating/load-external-dtd", false);

	private SecureXml() {
	}

	/**
	 * Parses XML text into a DOM document.
	 *
	 * @param source names the text in the error message, such as its file name
	 * @throws IOException naming the source, line and column when the text is not well-formed or
	 *                     declares a document type
	 */
	public static Document parse(String text, String source) throws IOException {
		try {
			return documentBuilder().parse(new InputSource(new StringReader(text)));
		} catch (SAXParseException e) {
			throw new IOException(source + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": not read as XML: " + e.getMessage()
					+ (e.getMessage() != null && e.getMessage().contains("DOCTYPE") ? " (Stratagem refuses document type declarations and external entities)" : ""), e);
		} catch (SAXException e) {
			throw new IOException(source + ": not read as XML: " + e.getMessage(), e);
		}
	}

	/**
	 * Parses a generated HTML page written as well-formed XML. Its HTML5 document type,
	 * {@code <!DOCTYPE html>}, declares nothing and is the one document type let through.
	 */
	public static Document parsePage(String html, String source) throws IOException {
		String doctype = "<!DOCTYPE html>";
		String text = html.regionMatches(true, 0, doctype, 0, doctype.length()) ? " ".repeat(doctype.length()) + html.substring(doctype.length()) : html;
		return parse(text, source);
	}

	/** A DOM parser that refuses document type declarations and resolves no external entity. */
	public static DocumentBuilder documentBuilder() {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		try {
			for (Map.Entry<String, Boolean> feature : FEATURES.entrySet()) {
				factory.setFeature(feature.getKey(), feature.getValue());
			}
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			factory.setNamespaceAware(true);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setEntityResolver((publicId, systemId) -> {
				throw new SAXException("external entity " + systemId + " refused");
			});
			builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
				@Override
				public void error(SAXParseException e) throws SAXException {
					throw e; // the default handler prints "[Fatal Error]" lines on standard error
				}

				@Override
				public void fatalError(SAXParseException e) throws SAXException {
					throw e;
				}
			});
			return builder;
		} catch (ParserConfigurationException e) {
			throw new IllegalStateException("the XML parser of this Java runtime cannot refuse DTDs: " + e.getMessage(), e);
		}
	}

	/**
	 * Load options for EMF XML and XMI resources ({@code resource.load(in, SecureXml.emfLoadOptions())}
	 * or {@code resourceSet.getLoadOptions().putAll(...)}): the same refusals for EMF's SAX parser.
	 */
	public static Map<Object, Object> emfLoadOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_PARSER_FEATURES, new HashMap<>(FEATURES));
		return options;
	}
}
