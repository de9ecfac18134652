package io.stratagem.workspace.diff;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import com.google.gson.stream.JsonWriter;

import io.stratagem.workspace.report.Finding;
import io.stratagem.workspace.report.JsonReportWriter;

/**
 * A strategy diff as the stable JSON document described in docs/cli.md:
 * {@code {"tool","version","before","after","changes":[...],"findings":{"introduced","resolved","unchanged"},"summary":{...}}}.
 */
public class JsonDiffWriter {

	public void write(StrategyDiff diff, String version, Writer out) throws IOException {
		JsonWriter json = new JsonWriter(out);
		json.setIndent("  ");
		json.setSerializeNulls(true);
		json.beginObject();
		json.name("tool").value("stratagem");
		json.name("version").value(version);
		json.name("before").value(diff.before());
		json.name("after").value(diff.after());
		json.name("changes").beginArray();
		for (Change change : diff.changes()) {
			json.beginObject();
			json.name("kind").value(change.kind().label());
			json.name("element").value(change.element());
			json.name("before").value(change.before());
			json.name("after").value(change.after());
			json.endObject();
		}
		json.endArray();
		FindingComparison findings = diff.findings();
		json.name("findings").beginObject();
		findings(json, "introduced", findings.introduced());
		findings(json, "resolved", findings.resolved());
		findings(json, "unchanged", findings.unchanged());
		json.endObject();
		json.name("summary").beginObject();
		json.name("changes").value(diff.changes().size());
		json.name("introduced").value(findings.introduced().size());
		json.name("resolved").value(findings.resolved().size());
		json.name("unchanged").value(findings.unchanged().size());
		json.endObject();
		json.endObject();
		json.flush();
		out.write("\n");
	}

	private static void findings(JsonWriter json, String name, List<Finding> findings) throws IOException {
		json.name(name).beginArray();
		for (Finding finding : findings) {
			JsonReportWriter.write(finding, json);
		}
		json.endArray();
	}
}
