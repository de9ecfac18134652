package io.stratagem.workspace.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import com.google.common.escape.Escaper;
import com.google.common.net.UrlEscapers;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import io.stratagem.dsl.validation.Rule;
import io.stratagem.dsl.validation.RuleCatalogue;
import io.stratagem.dsl.validation.RulesDocument;

/**
 * SARIF 2.1.0 (OASIS) as code-scanning services take it (GitHub code scanning; checked in the build
 * with Microsoft's SARIF multitool, default and GitHub rule sets):
 * <ul>
 * <li>one run whose {@code tool.driver.rules} describe every code a report can carry: the core
 * codes ({@link CoreRules}) and the rule catalogue, each with descriptions, help in text and
 * Markdown, a link to its documentation, its default level and tags (area, frameworks);</li>
 * <li>one result per finding with {@code ruleId} and {@code ruleIndex}, and its file as a
 * percent-encoded URI relative to {@value #SOURCE_ROOT}, the working directory: files outside it get
 * {@code ../} segments, so every location is a relative reference under the one base.</li>
 * </ul>
 * {@value #SOURCE_ROOT} is declared in {@code originalUriBaseIds} without its absolute URI, so the
 * same findings give the same bytes on every machine and no local path leaves it.
 */
public class SarifReportWriter implements ReportWriter {

	/** The OASIS schema of SARIF 2.1.0 (errata 01), the final version. */
	public static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

	/** The base every result location is relative to: the working directory. */
	public static final String SOURCE_ROOT = "%SRCROOT%";

	private static final Escaper SEGMENT = UrlEscapers.urlPathSegmentEscaper();

	private final Path workingDirectory;

	/** The {@code baselineState} of each result (new, unchanged, absent), or null to write none. */
	private final Function<Finding, String> baselineState;

	/** Locations relative to the process's working directory, where relative finding paths start. */
	public SarifReportWriter() {
		this(Paths.get(""), finding -> null);
	}

	/** @param baselineState the {@code baselineState} of a result, or null for a result without one */
	public SarifReportWriter(Function<Finding, String> baselineState) {
		this(Paths.get(""), baselineState);
	}

	/** @param workingDirectory the folder that relative finding paths start from and {@value #SOURCE_ROOT} stands for */
	public SarifReportWriter(Path workingDirectory) {
		this(workingDirectory, finding -> null);
	}

	/**
	 * @param workingDirectory the folder that relative finding paths start from and {@value #SOURCE_ROOT} stands for
	 * @param baselineState    the {@code baselineState} of a result, or null for a result without one
	 */
	public SarifReportWriter(Path workingDirectory, Function<Finding, String> baselineState) {
		this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
		this.baselineState = baselineState;
	}

	@Override
	public void write(ValidationReport report, Writer out) throws IOException {
		Map<String, Integer> ruleIndex = new LinkedHashMap<>();
		JsonArray rules = new JsonArray();
		for (Rule rule : rules(report)) {
			ruleIndex.put(rule.code(), rules.size());
			rules.add(descriptor(rule));
		}

		JsonObject driver = new JsonObject();
		driver.addProperty("name", "stratagem");
		driver.addProperty("version", report.version());
		driver.addProperty("informationUri", RulesDocument.DOCS_URI + "cli.md");
		driver.add("rules", rules);
		JsonObject tool = new JsonObject();
		tool.add("driver", driver);

		JsonObject root = new JsonObject();
		root.add("description", text("The working directory of the run that wrote this report; run Stratagem from the repository root."));
		JsonObject baseIds = new JsonObject();
		baseIds.add(SOURCE_ROOT, root);

		JsonArray results = new JsonArray();
		for (Finding finding : report.findings()) {
			results.add(result(finding, ruleIndex.get(finding.code())));
		}

		JsonObject run = new JsonObject();
		run.add("tool", tool);
		run.add("originalUriBaseIds", baseIds);
		run.add("results", results);
		JsonArray runs = new JsonArray();
		runs.add(run);

		JsonObject log = new JsonObject();
		log.addProperty("$schema", SCHEMA);
		log.addProperty("version", "2.1.0");
		log.add("runs", runs);
		new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(log, out);
		out.write("\n");
	}

	/** The core codes, the catalogue, then any other code that fired (a check outside the catalogue), sorted. */
	private static List<Rule> rules(ValidationReport report) {
		List<Rule> rules = new ArrayList<>(CoreRules.rules());
		rules.addAll(RuleCatalogue.rules());
		TreeSet<String> others = new TreeSet<>();
		report.findings().forEach(f -> others.add(f.code()));
		rules.forEach(r -> others.remove(r.code()));
		for (String code : others) {
			rules.add(new Rule(code, org.eclipse.xtext.diagnostics.Severity.ERROR, "Finding " + code,
					"A finding of a check that is not in the rule catalogue.", "Read the message of the finding.", "", null));
		}
		return rules;
	}

	private static JsonObject descriptor(Rule rule) {
		JsonObject descriptor = new JsonObject();
		descriptor.addProperty("id", rule.code());
		descriptor.add("shortDescription", text(withoutPlaceholders(rule.message())));
		descriptor.add("fullDescription", text(rule.explanation()));
		JsonObject help = new JsonObject();
		help.addProperty("text", rule.explanation() + "\nRemedy: " + rule.remedy() + (rule.source().isEmpty() ? "" : "\nSource: " + rule.source()));
		help.addProperty("markdown", rule.explanation() + "\n\n**Remedy:** " + rule.remedy() + (rule.source().isEmpty() ? "" : "\n\n**Source:** " + rule.source()));
		descriptor.add("help", help);
		String area = Rule.areaOf(rule.code());
		if (RuleCatalogue.isKnown(rule.code())) {
			descriptor.addProperty("helpUri", RulesDocument.helpUri(rule.code()));
		} else if (CoreRules.rules().contains(rule)) {
			descriptor.addProperty("helpUri", CoreRules.HELP_URI);
		}
		JsonObject configuration = new JsonObject();
		configuration.addProperty("level", level(rule.severity()));
		descriptor.add("defaultConfiguration", configuration);
		JsonArray tags = new JsonArray();
		if (area != null) {
			tags.add("area/" + slug(area));
		}
		rule.frameworks().forEach(framework -> tags.add("framework/" + slug(framework)));
		JsonObject properties = new JsonObject();
		properties.add("tags", tags);
		descriptor.add("properties", properties);
		return descriptor;
	}

	/** One result, with its {@code baselineState} when the report compares with a baseline. */
	private JsonObject result(Finding finding, int ruleIndex) {
		JsonObject result = new JsonObject();
		result.addProperty("ruleId", finding.code());
		result.addProperty("ruleIndex", ruleIndex);
		result.addProperty("level", level(finding.severity()));
		result.add("message", text(finding.message()));
		String state = baselineState.apply(finding);
		if (state != null) {
			result.addProperty("baselineState", state);
		}
		JsonObject location = new JsonObject();
		location.add("physicalLocation", physicalLocation(finding));
		if (finding.element() != null) {
			JsonObject logical = new JsonObject();
			logical.addProperty("fullyQualifiedName", finding.element());
			JsonArray logicals = new JsonArray();
			logicals.add(logical);
			location.add("logicalLocations", logicals);
		}
		JsonArray locations = new JsonArray();
		locations.add(location);
		result.add("locations", locations);
		return result;
	}

	/** The file, and the line and column; a finding about a whole file (it cannot be read) points at its first line. */
	private JsonObject physicalLocation(Finding finding) {
		JsonObject artifact = new JsonObject();
		Path absolute = absolute(finding.file());
		if (absolute == null) {
			artifact.addProperty("uri", relativeUri(finding.file()));
			artifact.addProperty("uriBaseId", SOURCE_ROOT);
		} else if (absolute.getRoot().equals(workingDirectory.getRoot())) {
			// outside the working directory: ../ segments keep it a relative reference under the one base
			artifact.addProperty("uri", relativeUri(workingDirectory.relativize(absolute).toString().replace('\\', '/')));
			artifact.addProperty("uriBaseId", SOURCE_ROOT);
		} else {
			// on another drive (Windows) no relative reference reaches it
			artifact.addProperty("uri", absolute.toUri().toASCIIString());
		}
		JsonObject region = new JsonObject();
		region.addProperty("startLine", Math.max(1, finding.line()));
		if (finding.line() > 0) {
			region.addProperty("startColumn", Math.max(1, finding.column()));
		}
		JsonObject physical = new JsonObject();
		physical.add("artifactLocation", artifact);
		physical.add("region", region);
		return physical;
	}

	/** The file as an absolute path, or null when it is shown relative to the working directory (or is no path at all). */
	private static Path absolute(String file) {
		try {
			Path path = Paths.get(file);
			return path.isAbsolute() ? path.normalize() : null;
		} catch (InvalidPathException e) {
			return null;
		}
	}

	/** A relative path ({@code /}-separated) as a relative reference: each segment percent-encoded (RFC 3986). */
	static String relativeUri(String relative) {
		if (relative.isEmpty()) {
			return "./";
		}
		List<String> segments = new ArrayList<>();
		for (String segment : relative.split("/", -1)) {
			segments.add(SEGMENT.escape(segment));
		}
		String uri = String.join("/", segments);
		// a colon in the first segment would be read as a scheme
		return segments.get(0).contains(":") ? "./" + uri : uri;
	}

	/** A message template as a description: its placeholders ({0}, {1}...) become an ellipsis. */
	private static String withoutPlaceholders(String message) {
		return message.replaceAll("\\{\\d+\\}", "…");
	}

	/** Lower-case letters and digits, other characters runs turned into one hyphen: {@code ISO/IEC 42001} is {@code iso-iec-42001}. */
	private static String slug(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
	}

	private static JsonObject text(String text) {
		JsonObject message = new JsonObject();
		message.addProperty("text", text);
		return message;
	}

	private static String level(Severity severity) {
		return switch (severity) {
		case ERROR -> "error";
		case WARNING -> "warning";
		case INFO -> "note";
		};
	}

	private static String level(org.eclipse.xtext.diagnostics.Severity severity) {
		return level(Severity.of(severity));
	}
}
