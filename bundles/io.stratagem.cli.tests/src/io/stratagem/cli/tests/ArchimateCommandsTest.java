package io.stratagem.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.stratagem.testing.CommandRun;
import io.stratagem.testing.ProjectFiles;
import io.stratagem.workspace.load.PathDisplay;

/** {@code stratagem export archimate} and {@code import archimate} on the example. */
class ArchimateCommandsTest {

	@TempDir
	Path dir;

	private final PathDisplay display = new PathDisplay();

	@Test
	void theExampleExportsImportsAndValidatesAgain() throws IOException {
		Path example = ProjectFiles.copyExample("acme-insurance", dir.resolve("example"));
		Path xml = dir.resolve("acme.xml");
		CommandRun exported = Cli.run("export", "archimate", example.toString(), "-o", xml.toString());
		assertEquals(0, exported.exitCode(), exported.err());
		assertTrue(exported.out().matches("exported \\d+ elements, \\d+ relationships and 2 views to " + java.util.regex.Pattern.quote(display.show(xml)) + "\n"),
				exported.out());
		assertTrue(Files.readString(xml).contains("<name>Acme Insurance AI Strategy 2027-2029</name>"), "named after the strategy");

		Path models = dir.resolve("imported");
		CommandRun imported = Cli.run("import", "archimate", xml.toString(), "-o", models.toString());
		assertEquals(0, imported.exitCode(), imported.err());
		assertTrue(imported.out().endsWith(" (10 files), 0 findings\n"), imported.out());

		CommandRun validated = Cli.run("validate", "--format", "json", "--fail-on", "never", models.toString());
		assertEquals(0, validated.exitCode(), validated.err());
		assertFalse(validated.out().contains("STRAT-PARSE") || validated.out().contains("STRAT-LINK"), "imported files parse and link");

		assertEquals(0, Cli.run("import", "archimate", xml.toString(), "-o", models.toString()).exitCode(), "an earlier import's folder is replaced");
	}

	@Test
	void aHostileFileIsRefusedWithItsCodeAndNothingIsWritten() throws IOException {
		Path xml = Files.writeString(dir.resolve("laughs.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE model [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>\n"
				+ "<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\" identifier=\"m\"><name>&b;</name></model>\n");
		Path out = dir.resolve("out");
		CommandRun result = Cli.run("import", "archimate", xml.toString(), "-o", out.toString());
		assertEquals(2, result.exitCode());
		assertTrue(result.err().startsWith("stratagem: " + display.show(xml) + ": error STRAT-ARCHIMATE-002 "), result.err());
		assertFalse(Files.exists(out), "no output");
	}

	@Test
	void anExportDoesNotOverwriteAFileStratagemDidNotWrite() throws IOException {
		Path example = ProjectFiles.copyExample("acme-insurance", dir.resolve("example"));
		Path xml = Files.writeString(dir.resolve("mine.xml"), "my own architecture");
		CommandRun result = Cli.run("export", "archimate", example.toString(), "-o", xml.toString());
		assertEquals(2, result.exitCode(), result.out());
		assertEquals("my own architecture", Files.readString(xml));
	}

	@Test
	void aFileLargerThanTheLimitIsRefusedUnread() throws IOException {
		Path xml = Files.writeString(dir.resolve("large.xml"), "<!-- " + "x".repeat(1536 * 1024) + " -->");
		Path out = dir.resolve("out");
		System.setProperty(io.stratagem.cli.ImportCommand.Archimate.MAX_EXCHANGE_PROPERTY, "1");
		try {
			CommandRun result = Cli.run("import", "archimate", xml.toString(), "-o", out.toString());
			assertEquals(2, result.exitCode());
			assertEquals("stratagem: " + display.show(xml) + ": error STRAT-IO-004 the file is 1.5 MB, more than the 1 MB that can be imported; raise the limit with "
					+ "-Dstratagem.maxExchangeMegabytes=<megabytes> and give Java more heap (-Xmx)\n", result.err());
			assertFalse(Files.exists(out), "no output");
		} finally {
			System.clearProperty(io.stratagem.cli.ImportCommand.Archimate.MAX_EXCHANGE_PROPERTY);
		}
	}
}
