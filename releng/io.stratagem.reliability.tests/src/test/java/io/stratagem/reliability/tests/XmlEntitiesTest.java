package io.stratagem.reliability.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import io.stratagem.model.xml.SecureXml;

/** XML and XMI are read with document type declarations refused: no entity reaches a model. */
class XmlEntitiesTest {

	private static final String SECRET = "stratagem-secret-7f3a";

	@TempDir
	Path dir;

	/** An external entity that reads a local file into the document (XXE). */
	private String xxe(String root) throws IOException {
		Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
		return "<?xml version=\"1.0\"?>\n<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n";
	}

	@Test
	void anExternalEntityInXmlIsRefusedWithAClearError() throws Exception {
		String payload = xxe("report") + "<report>&xxe;</report>";
		Document plain = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(payload)));
		assertEquals(SECRET, plain.getDocumentElement().getTextContent(), "the payload does not work, so the test proves nothing");
		IOException error = assertThrows(IOException.class, () -> SecureXml.parse(payload, "report.xml"));
		assertTrue(error.getMessage().startsWith("report.xml:2:"), error.getMessage());
		assertTrue(error.getMessage().contains("Stratagem refuses document type declarations and external entities"), error.getMessage());
		assertFalse(error.getMessage().contains(SECRET));
	}

	@Test
	void entityExpansionIsRefused() {
		String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><lolz>&lol2;</lolz>";
		IOException error = assertThrows(IOException.class, () -> SecureXml.parse(laughs, "laughs.xml"));
		assertTrue(error.getMessage().contains("DOCTYPE"), error.getMessage());
	}

	@Test
	void aPageKeepsOnlyTheHtml5DocumentType() throws IOException {
		Document page = SecureXml.parsePage("<!DOCTYPE html>\n<html><body><p>ok</p></body></html>", "index.html");
		assertEquals("html", page.getDocumentElement().getTagName());
		String payload = "<!DOCTYPE html [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>\n<html><body>&xxe;</body></html>";
		assertThrows(IOException.class, () -> SecureXml.parsePage(payload, "index.html"));
	}

	/** EMF's default options do read document type declarations: an internal entity is expanded. */
	@Test
	void anEntityInXmiIsRefusedWhereEmfWouldExpandIt() throws IOException {
		String inline = "<?xml version=\"1.0\"?>\n<!DOCTYPE ecore:EPackage [<!ENTITY xxe \"expanded\">]>\n" + ePackage();
		Resource unprotected = resource();
		unprotected.load(new ByteArrayInputStream(inline.getBytes(StandardCharsets.UTF_8)), null);
		assertEquals("expanded", ((EPackage) unprotected.getContents().get(0)).getName(), "the payload is not read, so the test proves nothing");

		for (String payload : List.of(inline, xxe("ecore:EPackage") + ePackage())) {
			Resource resource = resource();
			IOException error = assertThrows(IOException.class,
					() -> resource.load(new ByteArrayInputStream(payload.getBytes(StandardCharsets.UTF_8)), SecureXml.emfLoadOptions()));
			assertTrue(error.getMessage().contains("DOCTYPE"), error.getMessage());
			assertFalse(resource.getErrors().isEmpty());
			assertTrue(resource.getContents().isEmpty(), "nothing of the document is loaded");
		}
	}

	private static String ePackage() {
		return "<ecore:EPackage xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:ecore=\"http://www.eclipse.org/emf/2002/Ecore\" "
				+ "nsURI=\"urn:x\" nsPrefix=\"x\"><name>&xxe;</name></ecore:EPackage>";
	}

	private Resource resource() {
		ResourceSetImpl resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		return resourceSet.createResource(URI.createFileURI(dir.resolve("payload.xmi").toString()));
	}
}
