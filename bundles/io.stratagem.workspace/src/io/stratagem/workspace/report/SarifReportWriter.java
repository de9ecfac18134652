package io.stratagem.workspace.report;

import java.io.IOException;
import java.io.Writer;
import java.util.TreeSet;
import java.util.function.Function;

import com.google.gson.stream.JsonWriter;

/**
 * SARIF 2.1.0 (OASIS): one run, the rules that fired in {@code tool.driver.rules}, one result per
 * finding with a physical location relative to the source root.
 */
public class SarifReportWriter implements ReportWriter {

	/** The {@code baselineState} of each result (new, unchanged, absent), or null to write none. */
	private final Function<Finding, String> baselineState;

	public SarifReportWriter() {
		this(finding -> null);
	}

	/** @param baselineState the {@code baselineState} of a result, or null for a result without one */
	public SarifReportWriter(Function<Finding, String> baselineState) {
		this.baselineState = baselineState;
	}

	@Override
	public void write(ValidationReport report, Writer out) throws IOException {
		JsonWriter json = new JsonWriter(out);
		json.setIndent("  ");
		json.beginObject();
		json.name("version").value("2.1.0");
		json.name("runs").beginArray().beginObject();
		json.name("tool").beginObject().name("driver").beginObject();
		json.name("name").value("stratagem");
		json.name("version").value(report.version());
		json.name("rules").beginArray();
		for (String code : new TreeSet<>(report.findings().stream().map(Finding::code).toList())) {
			json.beginObject().name("id").value(code).endObject();
		}
		json.endArray();
		json.endObject().endObject();
		json.name("results").beginArray();
		for (Finding finding : report.findings()) {
			json.beginObject();
			json.name("ruleId").value(finding.code());
			json.name("level").value(level(finding.severity()));
			json.name("message").beginObject().name("text").value(finding.message()).endObject();
			String state = baselineState.apply(finding);
			if (state != null) {
				json.name("baselineState").value(state);
			}
			json.name("locations").beginArray().beginObject();
			json.name("physicalLocation").beginObject();
			json.name("artifactLocation").beginObject().name("uri").value(finding.file()).name("uriBaseId").value("%SRCROOT%").endObject();
			if (finding.line() > 0) {
				json.name("region").beginObject().name("startLine").value(finding.line()).name("startColumn").value(Math.max(1, finding.column())).endObject();
			}
			json.endObject();
			if (finding.element() != null) {
				json.name("logicalLocations").beginArray().beginObject().name("fullyQualifiedName").value(finding.element()).endObject().endArray();
			}
			json.endObject().endArray();
			json.endObject();
		}
		json.endArray();
		json.endObject().endArray();
		json.endObject();
		json.flush();
		out.write("\n");
	}

	private static String level(Severity severity) {
		return switch (severity) {
		case ERROR -> "error";
		case WARNING -> "warning";
		case INFO -> "note";
		};
	}
}
