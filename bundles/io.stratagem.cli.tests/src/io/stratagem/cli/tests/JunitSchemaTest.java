package io.stratagem.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

import io.stratagem.testing.CommandRun;
import io.stratagem.workspace.report.Finding;
import io.stratagem.workspace.report.JunitReportWriter;
import io.stratagem.workspace.report.Severity;
import io.stratagem.workspace.report.ValidationReport;

/**
 * The JUnit report is valid against the Apache Ant JUnit schema (windyroad JUnit.xsd, in
 * test-resources/junit-schema) and reproducible: its timestamp is injected, never the clock.
 */
class JunitSchemaTest {

	@TempDir
	Path dir;

	@Test
	void aReportWithAFailingFileAndAPassingFileWithAWarningIsExactlyThis() throws Exception {
		ValidationReport report = new ValidationReport("0.1.0.test", List.of("a.strategy", "b.strategy", "c.strategy"), Map.of(), List.of(
				new Finding(Severity.ERROR, "STRAT-LINK-001", "Couldn't resolve reference to Role 'Nobody'.", "a.strategy", 2, 22, "acme.Chat"),
				new Finding(Severity.WARNING, "STRAT-UC-003", "Use case acme.Chat has no owner", "a.strategy", 2, 1, "acme.Chat"),
				new Finding(Severity.WARNING, "STRAT-DATA-001", "Data asset acme.Claims has no owner", "b.strategy", 4, 1, "acme.Claims")),
				Severity.ERROR);
		String xml = write(report, Instant.parse("2027-03-01T09:30:15Z"));
		assertEquals("""
				<?xml version="1.0" encoding="UTF-8"?>
				<testsuite name="stratagem" tests="3" failures="1" errors="0" skipped="0" time="0" timestamp="2027-03-01T09:30:15" hostname="localhost">
				  <properties>
				    <property name="stratagem.version" value="0.1.0.test"/>
				    <property name="stratagem.failOn" value="error"/>
				    <property name="stratagem.findings.error" value="1"/>
				    <property name="stratagem.findings.warning" value="2"/>
				    <property name="stratagem.findings.info" value="0"/>
				  </properties>
				  <testcase classname="stratagem.validate" name="a.strategy" time="0"><failure message="STRAT-LINK-001 Couldn't resolve reference to Role 'Nobody'." type="STRAT-LINK-001">a.strategy:2:22: error STRAT-LINK-001 Couldn't resolve reference to Role 'Nobody'.
				a.strategy:2:1: warning STRAT-UC-003 Use case acme.Chat has no owner
				</failure></testcase>
				  <testcase classname="stratagem.validate" name="b.strategy" time="0"></testcase>
				  <testcase classname="stratagem.validate" name="c.strategy" time="0"></testcase>
				  <system-out>b.strategy:4:1: warning STRAT-DATA-001 Data asset acme.Claims has no owner
				</system-out>
				  <system-err/>
				</testsuite>
				""", xml);
		validate(xml);
	}

	@Test
	void aReportWithoutFilesIsValid() throws Exception {
		validate(write(new ValidationReport("0.1.0.test", List.of(), Map.of(), List.of(), null), Instant.EPOCH));
	}

	@Test
	void theReportOfTheExampleIsValid() throws Exception {
		CommandRun result = Cli.run("validate", "--format", "junit", Cli.example().toString());
		assertEquals(0, result.exitCode(), result.toString());
		validate(result.out());
	}

	@Test
	void theReportOfABrokenModelInAFolderWithASpaceIsValid() throws Exception {
		Path models = Files.createDirectories(dir.resolve("broken models"));
		Files.writeString(models.resolve("claims.strategy"), "namespace acme\nusecase Triage {\n\tstage live\n}\n");
		Files.writeString(models.resolve("chat.strategy"), "namespace acme\nusecase Chat { owner Nobody }\n");
		Files.write(models.resolve("latin1.strategy"), new byte[] { 'n', 'a', 'm', 'e', (byte) 0xE9, '\n' });
		CommandRun result = Cli.run("validate", "--format", "junit", "--fail-on", "warning", models.toString());
		assertEquals(2, result.exitCode(), result.toString());
		validate(result.out());
	}

	@Test
	void theTimestampIsSourceDateEpochWhenSetElseTheStartOf1970() throws IOException {
		assertEquals(Instant.EPOCH, JunitReportWriter.timestampOf(Map.of()));
		assertEquals(Instant.parse("2026-12-07T00:00:00Z"), JunitReportWriter.timestampOf(Map.of("SOURCE_DATE_EPOCH", "1796601600")));
	}

	@Test
	void aSourceDateEpochThatIsNoCountOfSecondsIsRefusedWithWhatToDo() {
		IOException refused = assertThrows(IOException.class, () -> JunitReportWriter.timestampOf(Map.of("SOURCE_DATE_EPOCH", "yesterday")));
		assertEquals("SOURCE_DATE_EPOCH must be a count of seconds from 1970-01-01T00:00:00Z to the end of 9999, not 'yesterday'; correct or unset it for the JUnit report",
				refused.getMessage());
		assertThrows(IOException.class, () -> JunitReportWriter.timestampOf(Map.of("SOURCE_DATE_EPOCH", "253402300800")), "year 10000");
		assertThrows(IOException.class, () -> JunitReportWriter.timestampOf(Map.of("SOURCE_DATE_EPOCH", "-1")));
	}

	private static String write(ValidationReport report, Instant timestamp) throws IOException {
		StringWriter out = new StringWriter();
		new JunitReportWriter(timestamp).write(report, out);
		return out.toString();
	}

	/** Validates against JUnit.xsd; a report the schema refuses fails with the validator's message. */
	private static void validate(String xml) throws IOException, SAXException {
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		Schema schema = factory.newSchema(Cli.root().resolve("bundles/io.stratagem.cli.tests/test-resources/junit-schema/JUnit.xsd").toFile());
		javax.xml.validation.Validator validator = schema.newValidator();
		validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		validator.validate(new StreamSource(new StringReader(xml)));
	}
}
