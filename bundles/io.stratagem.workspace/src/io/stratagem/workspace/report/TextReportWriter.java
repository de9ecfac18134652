package io.stratagem.workspace.report;

import java.io.IOException;
import java.io.Writer;

/**
 * {@code path:line:column: severity CODE message}, then a summary line. One finding per line, and
 * nothing from a model or a file name reaches the terminal as a control character ({@link TerminalText}).
 */
public class TextReportWriter implements ReportWriter {

	private static final String RESET = "\u001b[0m";

	private final boolean color;

	public TextReportWriter(boolean color) {
		this.color = color;
	}

	@Override
	public void write(ValidationReport report, Writer out) throws IOException {
		for (Finding finding : report.findings()) {
			out.write(line(finding, paint(finding.severity())) + "\n");
		}
		out.write(report.files().size() + " files, " + report.count(Severity.ERROR) + " errors, " + report.count(Severity.WARNING)
				+ " warnings, " + report.count(Severity.INFO) + " infos\n");
	}

	/** One finding as this report prints it, uncoloured; the commands that stop on errors print them so on standard error. */
	public static String line(Finding finding) {
		return line(finding, finding.severity().label());
	}

	private static String line(Finding finding, String severity) {
		return TerminalText.visible(finding.file()) + (finding.line() > 0 ? ":" + finding.line() + ":" + finding.column() : "") + ": " + severity + " "
				+ TerminalText.visible(finding.code()) + " " + TerminalText.visible(finding.message());
	}

	private String paint(Severity severity) {
		if (!color) {
			return severity.label();
		}
		String code = switch (severity) {
		case ERROR -> "\u001b[1;31m";
		case WARNING -> "\u001b[1;33m";
		case INFO -> "\u001b[1;36m";
		};
		return code + severity.label() + RESET;
	}
}
