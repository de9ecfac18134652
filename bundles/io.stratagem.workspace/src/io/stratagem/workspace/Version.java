package io.stratagem.workspace;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.jar.JarFile;

/**
 * The version of Stratagem: the Bundle-Version of the io.stratagem.workspace jar's manifest, or
 * "development" when the classes are not run from a jar. Every front end reports this one version.
 */
public final class Version {

	private Version() {
	}

	public static String current() {
		try {
			Path location = Path.of(Version.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			if (location.toString().endsWith(".jar")) {
				try (JarFile jar = new JarFile(location.toFile())) {
					String version = jar.getManifest().getMainAttributes().getValue("Bundle-Version");
					if (version != null) {
						return version;
					}
				}
			}
		} catch (IOException | URISyntaxException | RuntimeException e) {
			// not run from a jar: a development build
		}
		return "development";
	}
}
