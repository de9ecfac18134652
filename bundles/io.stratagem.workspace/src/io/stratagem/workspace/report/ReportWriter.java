package io.stratagem.workspace.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a validation report in one format. */
public interface ReportWriter {

	void write(ValidationReport report, Writer out) throws IOException;

	static ReportWriter of(ReportFormat format, boolean color) {
		return switch (format) {
		case text -> new TextReportWriter(color);
		case json -> new JsonReportWriter();
		case sarif -> new SarifReportWriter();
		case junit -> new JunitReportWriter();
		};
	}
}
