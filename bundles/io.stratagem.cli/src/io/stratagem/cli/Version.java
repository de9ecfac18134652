package io.stratagem.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.jar.JarFile;

import picocli.CommandLine.IVersionProvider;

/** The version of the io.stratagem.cli bundle, read from its own jar's manifest. */
public class Version implements IVersionProvider {

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

	@Override
	public String[] getVersion() {
		return new String[] { "stratagem " + current() };
	}
}
