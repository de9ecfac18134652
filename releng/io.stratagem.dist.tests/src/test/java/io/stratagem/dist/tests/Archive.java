package io.stratagem.dist.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * The files of a .tar.gz or .zip archive with their Unix modes, and the content of the few that are asked for
 * (an archive of a product is too big to hold in memory whole).
 */
record Archive(Path file, Map<String, Integer> modes, Map<String, byte[]> contents) {

	static Archive read(Path file, Predicate<String> keepContentOf) throws IOException {
		Map<String, Integer> modes = new TreeMap<>();
		Map<String, byte[]> contents = new TreeMap<>();
		if (file.getFileName().toString().endsWith(".zip")) {
			try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
				for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
					if (!entry.isDirectory()) {
						modes.put(entry.getName(), entry.getUnixMode() & 0777);
						if (keepContentOf.test(entry.getName())) {
							try (InputStream in = zip.getInputStream(entry)) {
								contents.put(entry.getName(), in.readAllBytes());
							}
						}
					}
				}
			}
		} else {
			try (InputStream in = Files.newInputStream(file); TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(in))) {
				TarArchiveEntry entry;
				while ((entry = tar.getNextEntry()) != null) {
					if (!entry.isDirectory()) {
						modes.put(entry.getName(), entry.getMode() & 0777);
						if (keepContentOf.test(entry.getName())) {
							contents.put(entry.getName(), tar.readAllBytes());
						}
					}
				}
			}
		}
		return new Archive(file, modes, contents);
	}

	String text(String name) {
		byte[] content = contents.get(name);
		if (content == null) {
			throw new AssertionError(file + " has no " + name);
		}
		return new String(content, StandardCharsets.UTF_8);
	}
}
