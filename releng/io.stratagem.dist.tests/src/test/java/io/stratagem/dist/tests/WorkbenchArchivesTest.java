package io.stratagem.dist.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import io.stratagem.model.xml.SecureXml;

/**
 * The workbench archive of each platform holds that platform's SWT fragment (and no other), the Equinox launcher
 * and the start script the platform runs: stratagem-workbench.sh (Linux, executable), stratagem-workbench.cmd
 * (Windows, CRLF), Stratagem.app with its Info.plist and executable (macOS).
 */
class WorkbenchArchivesTest {

	private static final String VERSION = System.getProperty("stratagem.version", "0.1.0-SNAPSHOT");
	private static final String FOLDER = "stratagem-workbench-" + VERSION + "/";
	private static final String APP = "Stratagem.app/Contents/";
	private static final List<String> ENVIRONMENTS = List.of("linux.gtk.x86_64", "linux.gtk.aarch64", "win32.win32.x86_64", "macosx.cocoa.x86_64",
			"macosx.cocoa.aarch64");

	private static Archive archive(String environment) throws IOException {
		return Archive.read(Path.of(System.getProperty("workbench." + environment)),
				name -> name.endsWith(".sh") || name.endsWith(".cmd") || name.endsWith("Info.plist") || name.endsWith("MacOS/stratagem-workbench")
						|| name.endsWith("config.ini"));
	}

	/** The folder of the archive that holds plugins/, features/ and configuration/. */
	private static String installFolder(String environment) {
		return environment.startsWith("macosx") ? APP + "Eclipse/" : FOLDER;
	}

	@ParameterizedTest
	@ValueSource(strings = { "linux.gtk.x86_64", "linux.gtk.aarch64", "win32.win32.x86_64", "macosx.cocoa.x86_64", "macosx.cocoa.aarch64" })
	void holdsItsPlatformsSwtFragmentAndNoOther(String environment) throws IOException {
		String[] parts = environment.split("\\.");
		String fragment = "org.eclipse.swt." + parts[1] + "." + parts[0] + "." + parts[2];
		Archive archive = archive(environment);

		List<String> swtFragments = archive.modes().keySet().stream()
				.filter(name -> name.startsWith(installFolder(environment) + "plugins/org.eclipse.swt.") && !name.contains("org.eclipse.swt_")
						&& !name.contains("org.eclipse.swt.svg_"))
				.collect(Collectors.toList());

		assertEquals(List.of(installFolder(environment) + "plugins/" + fragment + "_3.132.0.v20251124-0642.jar"), swtFragments);
		assertTrue(archive.modes().keySet().stream().anyMatch(name -> name.matches(installFolder(environment) + "plugins/org\\.eclipse\\.equinox\\.launcher_[^/]+\\.jar")),
				"the Equinox launcher the start script runs");
		assertTrue(archive.modes().keySet().stream().anyMatch(name -> name.matches(installFolder(environment) + "plugins/io\\.stratagem\\.workbench_[^/]+\\.jar")),
				"the Stratagem workbench plug-in");
		assertTrue(archive.text(installFolder(environment) + "configuration/config.ini").contains("eclipse.product=io.stratagem.workbench.product"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "linux.gtk.x86_64", "linux.gtk.aarch64" })
	void linuxStartsWithAnExecutableShellScript(String environment) throws IOException {
		Archive archive = archive(environment);

		assertEquals(0755, archive.modes().get(FOLDER + "stratagem-workbench.sh"));
		String script = archive.text(FOLDER + "stratagem-workbench.sh");
		assertTrue(script.startsWith("#!/usr/bin/env bash\n"), script);
		assertTrue(script.contains("-jar \"$launcher\""), script);
		assertTrue(archive.modes().keySet().stream().allMatch(name -> name.startsWith(FOLDER)), "one top folder");
	}

	@Test
	void windowsStartsWithACmdFileWithCrlfLineEndings() throws IOException {
		Archive archive = archive("win32.win32.x86_64");

		String script = archive.text(FOLDER + "stratagem-workbench.cmd");
		assertTrue(script.startsWith("@echo off\r\n"), script);
		assertFalse(script.replace("\r\n", "").contains("\n"), "every line ends with CRLF");
		assertTrue(script.contains("for %%f in (\"%~dp0plugins\\org.eclipse.equinox.launcher_*.jar\") do set \"STRATAGEM_LAUNCHER=%%~ff\"\r\n"), script);
		assertTrue(script.contains("-jar \"%STRATAGEM_LAUNCHER%\""), script);
		assertTrue(archive.modes().keySet().stream().allMatch(name -> name.startsWith(FOLDER)), "one top folder");
	}

	@ParameterizedTest
	@ValueSource(strings = { "macosx.cocoa.x86_64", "macosx.cocoa.aarch64" })
	void macOsGetsAnAppWhoseInfoPlistNamesItsExecutable(String environment) throws IOException {
		Archive archive = archive(environment);

		Document plist = SecureXml.parse(archive.text(APP + "Info.plist"), environment + " Info.plist");
		assertEquals("plist", plist.getDocumentElement().getTagName());
		assertEquals("stratagem-workbench", value(plist, "CFBundleExecutable"));
		assertEquals("APPL", value(plist, "CFBundlePackageType"));
		assertEquals("io.stratagem.workbench", value(plist, "CFBundleIdentifier"));
		assertEquals(VERSION.replace("-SNAPSHOT", ""), value(plist, "CFBundleShortVersionString"));

		assertEquals(0755, archive.modes().get(APP + "MacOS/stratagem-workbench"));
		String script = archive.text(APP + "MacOS/stratagem-workbench");
		assertTrue(script.startsWith("#!/bin/sh\n"), script);
		assertTrue(script.contains("-XstartOnFirstThread"), script);
		assertTrue(script.contains("eclipse=$contents/Eclipse\n"), script);
		assertTrue(archive.modes().keySet().stream().allMatch(name -> name.startsWith("Stratagem.app/Contents/")), "the app alone");
	}

	@Test
	void everyEnvironmentOfTheBuildHasAnArchive() {
		for (String environment : ENVIRONMENTS) {
			assertTrue(Path.of(System.getProperty("workbench." + environment)).toFile().isFile(), environment);
		}
	}

	/** The value that follows the key in the plist's top dictionary. */
	private static String value(Document plist, String key) {
		NodeList keys = plist.getElementsByTagName("key");
		for (int i = 0; i < keys.getLength(); i++) {
			if (keys.item(i).getTextContent().equals(key)) {
				Node next = keys.item(i).getNextSibling();
				while (next != null && !(next instanceof Element)) {
					next = next.getNextSibling();
				}
				return next == null ? null : next.getTextContent();
			}
		}
		throw new AssertionError("no " + key + " in the Info.plist");
	}
}
