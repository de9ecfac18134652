/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

/**
 * Removes the jar signatures from the copies in the distribution's lib folder:
 * {@code java StripSignatures.java <lib folder>}.
 *
 * <p>The JVM checks a signed jar's digests as classes load from it, which took about half a second
 * of the command line's cold start (24 signed Eclipse jars). The signatures serve Eclipse's p2
 * installs; here the jars come from Maven Central with checksums checked by the build, and run on a
 * plain class path where nobody asks who signed them. Each jar is rewritten without its signature
 * files and without the manifest's per-entry digests; everything else is copied unchanged.
 */
public final class StripSignatures {

	private static final Pattern SIGNATURE_FILE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)", Pattern.CASE_INSENSITIVE);

	public static void main(String[] args) throws IOException {
		if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
			System.err.println("usage: java StripSignatures.java <folder of jars>");
			System.exit(2);
		}
		int stripped = 0;
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(args[0]), "*.jar")) {
			for (Path jar : jars) {
				if (strip(jar)) {
					stripped++;
				}
			}
		}
		System.out.println("StripSignatures: " + stripped + " signed jars in " + args[0] + " rewritten without signatures");
	}

	/** Rewrites a signed jar without its signature; false (and untouched) when it is not signed. */
	private static boolean strip(Path jar) throws IOException {
		try (JarFile in = new JarFile(jar.toFile(), false)) {
			if (in.stream().noneMatch(entry -> SIGNATURE_FILE.matcher(entry.getName()).matches())) {
				return false;
			}
			Path copy = Files.createTempFile(jar.getParent(), jar.getFileName().toString(), ".tmp");
			try {
				try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(copy))) {
					for (Enumeration<JarEntry> entries = in.entries(); entries.hasMoreElements();) {
						JarEntry entry = entries.nextElement();
						if (SIGNATURE_FILE.matcher(entry.getName()).matches()) {
							continue;
						}
						out.putNextEntry(new JarEntry(entry.getName()));
						if (entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
							withoutDigests(in.getManifest()).write(out);
						} else {
							try (InputStream content = in.getInputStream(entry)) {
								content.transferTo(out);
							}
						}
						out.closeEntry();
					}
				}
				Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} finally {
				Files.deleteIfExists(copy);
			}
			return true;
		}
	}

	/** The manifest without the per-entry digests of the signature (sections left empty go too). */
	private static Manifest withoutDigests(Manifest manifest) {
		for (Iterator<Map.Entry<String, Attributes>> sections = manifest.getEntries().entrySet().iterator(); sections.hasNext();) {
			Attributes attributes = sections.next().getValue();
			attributes.keySet().removeIf(name -> name.toString().toLowerCase().endsWith("-digest"));
			if (attributes.isEmpty()) {
				sections.remove();
			}
		}
		return manifest;
	}

	private StripSignatures() {
	}
}
