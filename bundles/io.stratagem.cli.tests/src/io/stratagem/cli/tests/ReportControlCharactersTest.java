package io.stratagem.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import io.stratagem.model.xml.SecureXml;
import io.stratagem.testing.CommandRun;
import io.stratagem.workspace.load.PathDisplay;
import io.stratagem.workspace.report.Finding;
import io.stratagem.workspace.report.JunitReportWriter;
import io.stratagem.workspace.report.Severity;
import io.stratagem.workspace.report.TextReportWriter;
import io.stratagem.workspace.report.ValidationReport;

/**
 * Control characters of a model or a file name (escape sequences, bell, carriage return, NUL, C1,
 * bidirectional overrides) never reach the terminal raw from the text report, and the JUnit report
 * stays well-formed XML 1.0.
 */
class ReportControlCharactersTest {

	private static final String HOSTILE = "esc \u001b[2J bel \u0007 cr \r lf \n nul \u0000 del \u007f c1 \u009b rlo \u202e isolate \u2066 end";

	@TempDir
	Path dir;

	@Test
	void theTextReportShowsControlCharactersAsVisibleEscapes() throws IOException {
		StringWriter out = new StringWriter();
		new TextReportWriter(false).write(report(new Finding(Severity.ERROR, "STRAT-PARSE-001", HOSTILE, "bad\u001b]0;title\u0007.strategy", 2, 5, null)), out);
		assertEquals("bad\\u001b]0;title\\u0007.strategy:2:5: error STRAT-PARSE-001 esc \\u001b[2J bel \\u0007 cr \\u000d lf \\u000a nul \\u0000"
				+ " del \\u007f c1 \\u009b rlo \\u202e isolate \\u2066 end\n1 files, 1 errors, 0 warnings, 0 infos\n", out.toString());
	}

	@Test
	void theJunitReportIsWellFormedWhateverTheFindingsHold() throws IOException {
		StringWriter out = new StringWriter();
		new JunitReportWriter().write(report(new Finding(Severity.ERROR, "STRAT-PARSE-001", HOSTILE, "bad\u001b\u0000.strategy", 2, 5, null)), out);
		Document xml = SecureXml.parse(out.toString(), "junit report");
		assertEquals("bad\uFFFD\uFFFD.strategy", xml.getElementsByTagName("testcase").item(0).getAttributes().getNamedItem("name").getNodeValue());
		// an XML reader reads a carriage return as a line feed
		assertEquals("bad\uFFFD\uFFFD.strategy:2:5: error STRAT-PARSE-001 esc \uFFFD[2J bel \uFFFD cr \n lf \n nul \uFFFD del \u007f c1 \u009b rlo \u202e isolate \u2066 end\n",
				xml.getElementsByTagName("failure").item(0).getTextContent());
	}

	@Test
	void validateOfAFileWithControlCharactersInItsNameAndTextGivesCleanReports() throws IOException {
		Path file = Files.writeString(dir.resolve("evil\u001b[2J\u0007.strategy"), "namespace acme\nrole \u001b[31m\u0000Cio\n");
		String escapedName = new PathDisplay().show(file).replace("\u001b", "\\u001b").replace("\u0007", "\\u0007");

		CommandRun text = Cli.run("validate", "--no-color", dir.toString());
		assertEquals(1, text.exitCode(), text.toString());
		assertTrue(text.out().startsWith(escapedName + ":2:6: error STRAT-PARSE-001 "), text.out());
		assertTrue(text.out().chars().noneMatch(c -> c < 0x20 && c != '\n'), "no control character but line ends: " + text.out());

		CommandRun junit = Cli.run("validate", "--format", "junit", dir.toString());
		Document xml = SecureXml.parse(junit.out(), "junit report");
		assertTrue(xml.getElementsByTagName("testcase").item(0).getAttributes().getNamedItem("name").getNodeValue().contains("evil\uFFFD[2J\uFFFD.strategy"), junit.out());
	}

	private static ValidationReport report(Finding finding) {
		return new ValidationReport("test", List.of(finding.file()), Map.of(), List.of(finding), Severity.ERROR);
	}
}
