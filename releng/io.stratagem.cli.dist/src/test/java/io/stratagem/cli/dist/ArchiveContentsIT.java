package io.stratagem.cli.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.Test;

/**
 * What the archives hold, entry by entry: the same files in the tar.gz and the zip, the start scripts with their
 * modes and line endings, the build's lib folder, the examples.
 */
class ArchiveContentsIT {

	private static final String BASE = "stratagem-" + Distribution.VERSION + "/";
	private static final Path LIB = Path.of(System.getProperty("stratagem.lib", "target/stratagem/lib"));

	@Test
	void theTarGzAndTheZipHoldTheSameFilesWithTheSameModes() throws IOException {
		assertEquals(tarGz().keySet(), zip().keySet());
		for (Map.Entry<String, Entry> entry : tarGz().entrySet()) {
			assertEquals(entry.getValue().mode(), zip().get(entry.getKey()).mode(), entry.getKey());
			assertTrue(java.util.Arrays.equals(entry.getValue().content(), zip().get(entry.getKey()).content()), entry.getKey());
		}
	}

	@Test
	void theShellScriptIsExecutableWithUnixLineEndings() throws IOException {
		for (Map<String, Entry> archive : java.util.List.of(tarGz(), zip())) {
			Entry script = archive.get(BASE + "bin/stratagem");
			assertEquals(0755, script.mode());
			String text = new String(script.content(), StandardCharsets.UTF_8);
			assertTrue(text.startsWith("#!/bin/sh\n"), text);
			assertFalse(text.contains("\r"));
		}
	}

	@Test
	void theWindowsScriptHasCrlfLineEndingsAndStartsTheMainClassOnTheLibFolder() throws IOException {
		for (Map<String, Entry> archive : java.util.List.of(tarGz(), zip())) {
			String text = new String(archive.get(BASE + "bin/stratagem.cmd").content(), StandardCharsets.UTF_8);
			assertTrue(text.startsWith("@echo off\r\n"), text);
			assertFalse(text.replace("\r\n", "").contains("\n"), "every line ends with CRLF");
			assertFalse(text.replace("\r\n", "").contains("\r"), "every line ends with CRLF");
			assertTrue(text.endsWith("\r\n"));
			assertTrue(text.contains("-cp \"%STRATAGEM_HOME%\\lib\\*\" io.stratagem.cli.Main %*\r\n"), text);
			assertTrue(text.contains("set \"STRATAGEM_HOME=%~dp0..\"\r\n"), text);
			assertTrue(text.contains("for /f \"tokens=3\" %%v in ('call \"%STRATAGEM_JAVA%\" -version 2^>^&1 ^| findstr /i /c:version')"), text);
			assertTrue(text.contains("\r\nif %STRATAGEM_JAVA_MAJOR% GEQ 17 goto run\r\n"), text);
			assertTrue(text.contains("exit /b %ERRORLEVEL%\r\n"), text);
		}
	}

	@Test
	void libHoldsTheJarsOfTheBuildAndNothingElse() throws IOException {
		TreeSet<String> built;
		try (Stream<Path> jars = Files.list(LIB)) {
			built = jars.map(jar -> BASE + "lib/" + jar.getFileName()).collect(Collectors.toCollection(TreeSet::new));
		}
		TreeSet<String> shipped = tarGz().keySet().stream().filter(name -> name.startsWith(BASE + "lib/"))
				.collect(Collectors.toCollection(TreeSet::new));
		assertEquals(built, shipped);
		assertTrue(shipped.contains(BASE + "lib/io.stratagem.cli-" + Distribution.VERSION + ".jar"), shipped.toString());
		assertTrue(tarGz().keySet().stream().noneMatch(name -> name.endsWith(".jsa")), "the CDS archive maps only on the JVM that made it");
	}

	@Test
	void theExampleAndAReadmeNamingTheVersionComeAlong() throws IOException {
		Map<String, Entry> entries = tarGz();
		assertTrue(entries.containsKey(BASE + "examples/acme-insurance/usecases-core.strategy"));
		assertTrue(entries.containsKey(BASE + "examples/README.md"));
		String readme = new String(entries.get(BASE + "README.txt").content(), StandardCharsets.UTF_8);
		assertTrue(readme.startsWith("Stratagem command line " + Distribution.VERSION + "\n"), readme);
		assertTrue(entries.keySet().stream().allMatch(name -> name.startsWith(BASE)), "one top folder");
	}

	private record Entry(int mode, byte[] content) {
	}

	/** Each archive is read once (about 30 MB each). */
	private static Map<String, Entry> tarGz;
	private static Map<String, Entry> zip;

	private static synchronized Map<String, Entry> tarGz() throws IOException {
		if (tarGz == null) {
			tarGz = readTarGz();
		}
		return tarGz;
	}

	private static synchronized Map<String, Entry> zip() throws IOException {
		if (zip == null) {
			zip = readZip();
		}
		return zip;
	}

	private static Map<String, Entry> readTarGz() throws IOException {
		Map<String, Entry> entries = new TreeMap<>();
		try (InputStream file = Files.newInputStream(Distribution.archive("tar.gz"));
				TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(file))) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				if (!entry.isDirectory()) {
					entries.put(entry.getName(), new Entry(entry.getMode() & 0777, tar.readAllBytes()));
				}
			}
		}
		return entries;
	}

	private static Map<String, Entry> readZip() throws IOException {
		Map<String, Entry> entries = new TreeMap<>();
		try (ZipFile zip = ZipFile.builder().setPath(Distribution.archive("zip")).get()) {
			for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
				if (!entry.isDirectory()) {
					try (InputStream in = zip.getInputStream(entry)) {
						entries.put(entry.getName(), new Entry(entry.getUnixMode() & 0777, in.readAllBytes()));
					}
				}
			}
		}
		return entries;
	}
}
