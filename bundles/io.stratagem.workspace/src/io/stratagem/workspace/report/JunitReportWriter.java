package io.stratagem.workspace.report;

import java.io.IOException;
import java.io.Writer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as CI servers read it, valid against the Apache Ant JUnit schema (windyroad JUnit.xsd):
 * one test suite, one test case per model file, failed when the file has a finding at or above the
 * failing severity, with every finding of the file in the failure's text; findings of files that do
 * not fail are listed in the suite's {@code system-out}.
 * <p>
 * The report is reproducible: the same findings give the same bytes. So {@code timestamp} is the
 * injected time, by default {@code SOURCE_DATE_EPOCH} (the reproducible-builds variable) or else
 * 1970-01-01T00:00:00, never the clock; {@code hostname} is {@code localhost} and the times are 0
 * (the files are validated together, not one by one). Characters that XML 1.0 forbids (from file
 * names, syntax errors) are replaced ({@link XmlText}).
 */
public class JunitReportWriter implements ReportWriter {

	/** The environment variable of reproducible builds: seconds since 1970-01-01T00:00:00Z. */
	public static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

	/** The schema's timestamps have four-digit years. */
	private static final Instant END_OF_9999 = LocalDateTime.of(10000, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

	/** The suite's timestamp, or null for {@link #timestampOf(Map)} of the environment when writing. */
	private final Instant timestamp;

	/** The timestamp of {@link #timestampOf(Map)} for this process's environment. */
	public JunitReportWriter() {
		this.timestamp = null;
	}

	/** @param timestamp the suite's {@code timestamp}, written in UTC to the second */
	public JunitReportWriter(Instant timestamp) {
		this.timestamp = Objects.requireNonNull(timestamp, "timestamp");
	}

	/** {@code SOURCE_DATE_EPOCH} of the environment when set, else 1970-01-01T00:00:00Z; any other value than such a count of seconds (up to the end of 9999, the schema's four-digit years) is refused. */
	public static Instant timestampOf(Map<String, String> environment) throws IOException {
		String value = environment.get(SOURCE_DATE_EPOCH);
		if (value == null || value.isEmpty()) {
			return Instant.EPOCH;
		}
		try {
			Instant time = Instant.ofEpochSecond(Long.parseLong(value));
			if (!time.isBefore(Instant.EPOCH) && time.isBefore(END_OF_9999)) {
				return time;
			}
		} catch (NumberFormatException | DateTimeException e) {
			// refused below
		}
		throw new IOException(SOURCE_DATE_EPOCH + " must be a count of seconds from 1970-01-01T00:00:00Z to the end of 9999, not '" + value
				+ "'; correct or unset it for the JUnit report");
	}

	@Override
	public void write(ValidationReport report, Writer out) throws IOException {
		Instant time = timestamp != null ? timestamp : timestampOf(System.getenv());
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeCharacters("\n");
			long failures = report.files().stream().filter(file -> failing(report, file)).count();
			xml.writeStartElement("testsuite");
			xml.writeAttribute("name", "stratagem");
			xml.writeAttribute("tests", Integer.toString(report.files().size()));
			xml.writeAttribute("failures", Long.toString(failures));
			xml.writeAttribute("errors", "0");
			xml.writeAttribute("skipped", "0");
			xml.writeAttribute("time", "0");
			xml.writeAttribute("timestamp", TIMESTAMP.format(LocalDateTime.ofInstant(time, ZoneOffset.UTC)));
			xml.writeAttribute("hostname", "localhost");

			xml.writeCharacters("\n  ");
			xml.writeStartElement("properties");
			property(xml, "stratagem.version", report.version());
			property(xml, "stratagem.failOn", report.failOn() == null ? "never" : report.failOn().label());
			for (Severity severity : new Severity[] { Severity.ERROR, Severity.WARNING, Severity.INFO }) {
				property(xml, "stratagem.findings." + severity.label(), Long.toString(report.count(severity)));
			}
			xml.writeCharacters("\n  ");
			xml.writeEndElement();

			StringBuilder passingFindings = new StringBuilder();
			for (String file : report.files()) {
				xml.writeCharacters("\n  ");
				xml.writeStartElement("testcase");
				xml.writeAttribute("classname", "stratagem.validate");
				xml.writeAttribute("name", XmlText.valid(file));
				xml.writeAttribute("time", "0");
				List<Finding> findings = report.findings().stream().filter(f -> f.file().equals(file)).toList();
				if (failing(report, file)) {
					xml.writeStartElement("failure");
					Finding first = findings.stream().filter(f -> f.severity().atLeast(report.failOn())).findFirst().orElseThrow();
					xml.writeAttribute("message", XmlText.valid(first.code() + " " + first.message()));
					xml.writeAttribute("type", XmlText.valid(first.code()));
					xml.writeCharacters(lines(findings));
					xml.writeEndElement();
				} else {
					// the schema gives a test case no output of its own
					passingFindings.append(lines(findings));
				}
				xml.writeEndElement();
			}
			xml.writeCharacters("\n  ");
			xml.writeStartElement("system-out");
			xml.writeCharacters(passingFindings.toString());
			xml.writeEndElement();
			xml.writeCharacters("\n  ");
			xml.writeEmptyElement("system-err");
			xml.writeCharacters("\n");
			xml.writeEndElement();
			xml.writeCharacters("\n");
			xml.writeEndDocument();
			xml.flush();
		} catch (XMLStreamException e) {
			throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
		}
	}

	private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeCharacters("\n    ");
		xml.writeEmptyElement("property");
		xml.writeAttribute("name", name);
		xml.writeAttribute("value", XmlText.valid(value));
	}

	private static boolean failing(ValidationReport report, String file) {
		return report.failOn() != null
				&& report.findings().stream().anyMatch(f -> f.file().equals(file) && f.severity().atLeast(report.failOn()));
	}

	private static String lines(List<Finding> findings) {
		StringBuilder text = new StringBuilder();
		for (Finding f : findings) {
			text.append(f.file()).append(':').append(f.line()).append(':').append(f.column()).append(": ")
					.append(f.severity().label()).append(' ').append(f.code()).append(' ').append(f.message()).append('\n');
		}
		return XmlText.valid(text.toString());
	}
}
