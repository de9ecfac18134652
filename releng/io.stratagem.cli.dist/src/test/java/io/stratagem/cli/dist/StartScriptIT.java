package io.stratagem.cli.dist;

import static io.stratagem.cli.dist.Distribution.javaOnPath;
import static io.stratagem.cli.dist.Distribution.stratagem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/stratagem (POSIX sh) finds its lib folder wherever it is started from, and refuses a Java older than 17. */
class StartScriptIT {

	/** The tar.gz unpacked once for the tests that only read it. */
	@TempDir
	static Path unpacked;
	private static Path sharedHome;

	private static synchronized Path home() throws Exception {
		if (sharedHome == null) {
			sharedHome = Distribution.unpack("tar.gz", unpacked);
		}
		return sharedHome;
	}

	@Test
	void runsThroughASymbolicLinkInAnotherFolder(@TempDir Path dir) throws Exception {
		Path home = Distribution.unpack("tar.gz", dir.resolve("opt"));
		Path bin = Files.createDirectories(dir.resolve("usr/local/bin"));
		// a link to a link, the second one relative: /usr/local/bin/stratagem -> ../../../opt/current -> the folder
		Files.createSymbolicLink(dir.resolve("opt/current"), home.getFileName());
		Files.createSymbolicLink(bin.resolve("stratagem"), Path.of("../../../opt/current/bin/stratagem"));

		Distribution.Run run = Distribution.run(List.of(bin.resolve("stratagem").toString(), "--version"), javaOnPath(), dir);

		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().startsWith("stratagem 0.1.0."), run.toString());
	}

	@Test
	void usesJavaHomeBeforePath(@TempDir Path dir) throws Exception {
		Path home = home();

		Distribution.Run run = Distribution.run(stratagem(home, "--version"),
				Map.of("JAVA_HOME", System.getProperty("java.home"), "PATH", fakeJava(dir, "1.8.0_402").toString() + ":/usr/bin:/bin"), dir);

		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().startsWith("stratagem 0.1.0."), run.toString());
	}

	@Test
	void refusesJava8AndSaysWhatToInstall(@TempDir Path dir) throws Exception {
		Path home = home();
		Path fakeBin = fakeJava(dir, "1.8.0_402");

		Distribution.Run run = Distribution.run(stratagem(home, "validate", "examples/acme-insurance"),
				Map.of("JAVA_HOME", "", "PATH", fakeBin + ":/usr/bin:/bin"), home);

		assertEquals(2, run.exitCode(), run.toString());
		assertEquals("", run.out());
		assertEquals("stratagem: needs Java 17 or newer, but java is version 1.8.0_402. Install a Java 17 (or newer) runtime,"
				+ " e.g. Eclipse Temurin from https://adoptium.net or 'apt-get install openjdk-17-jre-headless', and put it on PATH"
				+ " or set JAVA_HOME.\n", run.err());
	}

	@Test
	void refusesJava11(@TempDir Path dir) throws Exception {
		Path home = home();

		Distribution.Run run = Distribution.run(stratagem(home, "--version"), Map.of("JAVA_HOME", "", "PATH", fakeJava(dir, "11.0.22") + ":/usr/bin:/bin"),
				home);

		assertEquals(2, run.exitCode(), run.toString());
		assertTrue(run.err().startsWith("stratagem: needs Java 17 or newer, but java is version 11.0.22. "), run.toString());
	}

	@Test
	void saysWhatToInstallWhenThereIsNoJava(@TempDir Path dir) throws Exception {
		Path home = home();
		Path emptyBin = Files.createDirectories(dir.resolve("no-java"));
		for (String tool : List.of("ls", "dirname", "sed", "head", "cut")) {
			Files.createSymbolicLink(emptyBin.resolve(tool), Path.of("/usr/bin", tool).toRealPath());
		}

		Distribution.Run run = Distribution.run(List.of("/bin/sh", home.resolve("bin/stratagem").toString(), "--version"),
				Map.of("JAVA_HOME", "", "PATH", emptyBin.toString()), home);

		assertEquals(2, run.exitCode(), run.toString());
		assertEquals("stratagem: no Java found. Install a Java 17 (or newer) runtime, e.g. Eclipse Temurin from https://adoptium.net"
				+ " or 'apt-get install openjdk-17-jre-headless', and put it on PATH or set JAVA_HOME.\n", run.err());
	}

	/** A folder with a java that reports the version given, the way that JVM's java -version does, and runs nothing. */
	private static Path fakeJava(Path dir, String version) throws Exception {
		Path bin = Files.createDirectories(dir.resolve("fake-java-" + version + "/bin"));
		String vendor = version.startsWith("1.") ? "java" : "openjdk";
		Path java = Files.writeString(bin.resolve("java"), "#!/bin/sh\necho '" + vendor + " version \"" + version + "\" 2024-01-16' >&2\nexit 0\n");
		Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
		return bin;
	}
}
