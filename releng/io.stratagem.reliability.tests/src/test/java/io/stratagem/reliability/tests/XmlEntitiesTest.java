package io.stratagem.reliability.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

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
	void anExternalEntityInXmlIsRefusedWithAClearError() throws IOException {
		String payload = xxe("report") + "<report>&xxe;</report>";
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

	/** The payload is real: EMF's default options read the file into the model. */
	@Test
	void anExternalEntityInXmiIsRefusedWhereEmfWouldReadIt() throws IOException {
		String xmi = xxe("ecore:EPackage") + "<ecore:EPackage xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
				+ "xmlns:ecore=\"http://www.eclipse.org/emf/2002/Ecore\" name=\"&xxe;\" nsURI=\"urn:x\" nsPrefix=\"x\"/>";

		Resource unprotected = resource();
		unprotected.load(new ByteArrayInputStream(xmi.getBytes(StandardCharsets.UTF_8)), null);
		assertEquals(SECRET, ((EPackage) unprotected.getContents().get(0)).getName(), "the payload does not work, so the test proves nothing");

		Resource protectedResource = resource();
		IOException error = assertThrows(IOException.class,
				() -> protectedResource.load(new ByteArrayInputStream(xmi.getBytes(StandardCharsets.UTF_8)), SecureXml.emfLoadOptions()));
		assertTrue(error.getMessage().contains("DOCTYPE"), error.getMessage());
		assertFalse(protectedResource.getErrors().isEmpty());
		assertTrue(protectedResource.getContents().isEmpty() || !SECRET.equals(((EPackage) protectedResource.getContents().get(0)).getName()));
	}

	private static Resource resource() {
		ResourceSetImpl resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		return resourceSet.createResource(URI.createURI("urn:test/payload.xmi"));
	}
}
