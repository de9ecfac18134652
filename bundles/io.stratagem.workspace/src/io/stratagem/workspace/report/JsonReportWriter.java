package io.stratagem.workspace.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

import com.google.gson.stream.JsonWriter;

/**
 * The stable JSON report documented in docs/cli.md:
 * {@code {"tool","version","files","elements":{...},"diagnostics":[...],"summary":{...}}}.
 */
public class JsonReportWriter implements ReportWriter {

	@Override
	public void write(ValidationReport report, Writer out) throws IOException {
		JsonWriter json = new JsonWriter(out);
		json.setIndent("  ");
		json.beginObject();
		json.name("tool").value("stratagem");
		json.name("version").value(report.version());
		json.name("files").value(report.files().size());
		json.name("elements").beginObject();
		for (Map.Entry<String, Integer> entry : report.elements().entrySet()) {
			json.name(entry.getKey()).value(entry.getValue());
		}
		json.endObject();
		json.name("diagnostics").beginArray();
		for (Finding finding : report.findings()) {
			write(finding, json);
		}
		json.endArray();
		json.name("summary").beginObject();
		for (Severity severity : new Severity[] { Severity.ERROR, Severity.WARNING, Severity.INFO }) {
			json.name(severity.label()).value(report.count(severity));
		}
		json.endObject();
		json.endObject();
		json.flush();
		out.write("\n");
	}

	/**
	 * One finding as an object: severity, code, message, file, line, column and element (null when
	 * the finding is about no element). The diff's JSON report writes its findings the same way.
	 */
	public static void write(Finding finding, JsonWriter json) throws IOException {
		json.beginObject();
		json.name("severity").value(finding.severity().label());
		json.name("code").value(finding.code());
		json.name("message").value(finding.message());
		json.name("file").value(finding.file());
		json.name("line").value(finding.line());
		json.name("column").value(finding.column());
		json.name("element");
		if (finding.element() == null) {
			json.nullValue();
		} else {
			json.value(finding.element());
		}
		json.endObject();
	}
}
