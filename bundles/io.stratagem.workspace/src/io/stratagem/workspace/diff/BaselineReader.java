package io.stratagem.workspace.diff;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import io.stratagem.workspace.load.PathDisplay;
import io.stratagem.workspace.report.Finding;
import io.stratagem.workspace.report.Severity;

/**
 * Reads the findings of a previous report, SARIF or JSON, written by {@code stratagem validate}
 * (or {@code diff}), as the baseline of {@code validate --baseline}. Findings are matched by
 * code, element and file ({@link FindingComparison}); severity, message, line and column are kept
 * so that a finding that has gone can be reported where it was. Results a SARIF baseline marks as
 * {@code absent} had gone already and are not part of it.
 */
public class BaselineReader {

	private static final PathDisplay DISPLAY = new PathDisplay();

	/** @throws RefusedInput when the file cannot be read or is neither report */
	public List<Finding> read(Path file) throws RefusedInput {
		JsonElement root;
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			root = JsonParser.parseReader(reader);
		} catch (IOException e) {
			throw refused(file, "cannot read it (" + e.getMessage() + ")");
		} catch (JsonParseException e) {
			throw refused(file, "it is not JSON (" + e.getMessage() + ")");
		}
		try {
			if (root.isJsonObject() && root.getAsJsonObject().has("runs")) {
				return sarif(root.getAsJsonObject());
			}
			if (root.isJsonObject() && root.getAsJsonObject().has("diagnostics")) {
				return json(root.getAsJsonObject());
			}
		} catch (RuntimeException e) {
			throw refused(file, "a result lacks its rule or file (" + e.getMessage() + ")");
		}
		throw refused(file, "it is neither a SARIF report (\"runs\") nor a JSON report (\"diagnostics\")");
	}

	private static RefusedInput refused(Path file, String problem) {
		return new RefusedInput(DiffCodes.BAD_BASELINE,
				"cannot use the baseline " + file + ": " + problem + "; give a report of stratagem validate --format sarif or --format json");
	}

	private static List<Finding> sarif(JsonObject sarif) {
		List<Finding> findings = new ArrayList<>();
		for (JsonElement run : sarif.getAsJsonArray("runs")) {
			JsonArray results = run.getAsJsonObject().getAsJsonArray("results");
			for (JsonElement element : results == null ? new JsonArray() : results) {
				JsonObject result = element.getAsJsonObject();
				if ("absent".equals(string(result, "baselineState"))) {
					continue;
				}
				JsonObject location = result.getAsJsonArray("locations").get(0).getAsJsonObject();
				String uri = location.getAsJsonObject("physicalLocation").getAsJsonObject("artifactLocation").get("uri").getAsString();
				String qualifiedName = null;
				if (location.has("logicalLocations")) {
					qualifiedName = string(location.getAsJsonArray("logicalLocations").get(0).getAsJsonObject(), "fullyQualifiedName");
				}
				JsonObject message = result.getAsJsonObject("message");
				JsonObject region = location.getAsJsonObject("physicalLocation").getAsJsonObject("region");
				findings.add(new Finding(severity(string(result, "level")), result.get("ruleId").getAsString(),
						message == null ? "" : string(message, "text"), path(uri), number(region, "startLine"), number(region, "startColumn"), qualifiedName));
			}
		}
		return findings;
	}

	private static List<Finding> json(JsonObject report) {
		List<Finding> findings = new ArrayList<>();
		for (JsonElement element : report.getAsJsonArray("diagnostics")) {
			JsonObject diagnostic = element.getAsJsonObject();
			findings.add(new Finding(severity(string(diagnostic, "severity")), diagnostic.get("code").getAsString(), string(diagnostic, "message"),
					diagnostic.get("file").getAsString(), number(diagnostic, "line"), number(diagnostic, "column"), string(diagnostic, "element")));
		}
		return findings;
	}

	/**
	 * A SARIF URI as the file name reports show: percent-encoded characters decoded, and the
	 * reference (relative to {@code %SRCROOT%}, the working directory, with {@code ../} for files
	 * outside it) shown as {@link PathDisplay} shows the findings of this run.
	 */
	private static String path(String uri) {
		try {
			URI parsed = new URI(uri);
			if (parsed.isAbsolute()) {
				return "file".equals(parsed.getScheme()) ? DISPLAY.show(Paths.get(parsed)) : uri;
			}
			return parsed.getPath() == null ? uri : DISPLAY.show(Paths.get(parsed.getPath()));
		} catch (URISyntaxException | IllegalArgumentException e) { // also an InvalidPathException
			return uri;
		}
	}

	private static Severity severity(String level) {
		if (level == null) {
			return Severity.WARNING; // SARIF's default level
		}
		return switch (level) {
		case "error" -> Severity.ERROR;
		case "note", "info", "none" -> Severity.INFO;
		default -> Severity.WARNING;
		};
	}

	/** A whole number of a result (a line, a column), or 0 when it is not given. */
	private static int number(JsonObject object, String name) {
		JsonElement value = object == null ? null : object.get(name);
		return value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber() ? 0 : value.getAsInt();
	}

	private static String string(JsonObject object, String name) {
		JsonElement value = object.get(name);
		return value == null || value.isJsonNull() ? null : value.getAsString();
	}
}
