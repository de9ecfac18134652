package io.stratagem.workspace.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as CI servers read it: one test case per model file, failed when the file has a
 * finding at or above the failing severity; every finding of the file is listed in the case.
 * Characters that XML 1.0 forbids (from file names, syntax errors) are replaced ({@link XmlText}).
 */
public class JunitReportWriter implements ReportWriter {

	@Override
	public void write(ValidationReport report, Writer out) throws IOException {
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
			for (String file : report.files()) {
				xml.writeCharacters("\n  ");
				xml.writeStartElement("testcase");
				xml.writeAttribute("classname", "stratagem.validate");
				xml.writeAttribute("name", XmlText.valid(file));
				List<Finding> findings = report.findings().stream().filter(f -> f.file().equals(file)).toList();
				if (failing(report, file)) {
					xml.writeStartElement("failure");
					Finding first = findings.stream().filter(f -> f.severity().atLeast(report.failOn())).findFirst().orElseThrow();
					xml.writeAttribute("message", XmlText.valid(first.code() + " " + first.message()));
					xml.writeAttribute("type", XmlText.valid(first.code()));
					xml.writeCharacters(lines(findings));
					xml.writeEndElement();
				} else if (!findings.isEmpty()) {
					xml.writeStartElement("system-out");
					xml.writeCharacters(lines(findings));
					xml.writeEndElement();
				}
				xml.writeEndElement();
			}
			xml.writeCharacters("\n");
			xml.writeEndElement();
			xml.writeCharacters("\n");
			xml.writeEndDocument();
			xml.flush();
		} catch (XMLStreamException e) {
			throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
		}
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
