package io.stratagem.cli.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The jars of lib/ carry no signatures (they slowed the cold start) and lost nothing else. */
class UnsignedLibTest {

	private static final Path LIB = Path.of(System.getProperty("stratagem.lib", "target/stratagem/lib"));

	@Test
	void noJarIsSignedAndNoManifestKeepsSignatureDigests() throws IOException {
		List<String> signed = new ArrayList<>();
		for (Path jar : jars()) {
			try (JarFile file = new JarFile(jar.toFile())) {
				if (file.stream().anyMatch(entry -> entry.getName().matches("(?i)META-INF/[^/]+\\.(SF|RSA|DSA|EC)"))) {
					signed.add(jar.getFileName() + " (signature file)");
				}
				for (Attributes section : file.getManifest() == null ? List.<Attributes>of() : file.getManifest().getEntries().values()) {
					if (section.keySet().stream().anyMatch(name -> name.toString().toLowerCase().endsWith("-digest"))) {
						signed.add(jar.getFileName() + " (digest in the manifest)");
						break;
					}
				}
			}
		}
		assertEquals(List.of(), signed);
	}

	/** EMF's ecore jar is signed on Maven Central: its copy keeps its classes and its bundle headers. */
	@Test
	void aFormerlySignedJarKeepsItsClassesAndHeaders() throws IOException {
		Path ecore = jars().stream().filter(jar -> jar.getFileName().toString().startsWith("org.eclipse.emf.ecore-")).findFirst().orElseThrow();
		try (JarFile file = new JarFile(ecore.toFile())) {
			assertNotNull(file.getEntry("org/eclipse/emf/ecore/EObject.class"));
			assertEquals("org.eclipse.emf.ecore;singleton:=true", file.getManifest().getMainAttributes().getValue("Bundle-SymbolicName"));
			assertTrue(file.stream().filter(entry -> entry.getName().endsWith(".class")).count() > 500, "all its classes");
		}
	}

	private static List<Path> jars() throws IOException {
		try (Stream<Path> files = Files.list(LIB)) {
			List<Path> jars = files.filter(path -> path.toString().endsWith(".jar")).sorted().toList();
			assertTrue(jars.size() > 50, "the lib folder of the distribution: " + LIB);
			return jars;
		}
	}
}
