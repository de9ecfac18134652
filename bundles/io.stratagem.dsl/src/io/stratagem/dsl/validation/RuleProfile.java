/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.xtext.diagnostics.Severity;

import io.stratagem.model.time.StrategyDate;

/**
 * A project's rule settings, read from a {@code stratagem.properties} file:
 *
 * <pre>
 * # switch a rule off, change a severity or a threshold; CODE, STRAT-AREA-* or *
 * STRAT-DATA-003.enabled = false
 * STRAT-KPI-*.severity = warning
 * STRAT-RISK-001.threshold = 12
 * # the reference date of freshness rules (else the latest measurement of the model)
 * asOf = 2027-12-31
 * </pre>
 *
 * A {@code #} starts a comment, on a line of its own or after an entry. An exact code wins over its area's wildcard, which wins over {@code *}. Entries that cannot be
 * understood (unknown codes or areas, unknown settings, bad values) are kept as
 * {@link #problems()} and reported by rule {@link RuleCodes#STRUCT_PROFILE_PROBLEM}.
 */
public final class RuleProfile {

	/** The file name searched next to a model and in its parent folders. */
	public static final String FILE_NAME = "stratagem.properties";

	/** A profile that changes nothing. */
	public static final RuleProfile DEFAULT = new RuleProfile(null);

	private final String location;
	private final Map<String, Boolean> enabled = new HashMap<>();
	private final Map<String, Severity> severities = new HashMap<>();
	private final Map<String, BigDecimal> thresholds = new HashMap<>();
	private final List<Problem> problems = new ArrayList<>();
	private StrategyDate asOf;

	private RuleProfile(String location) {
		this.location = location;
	}

	/** Parses the text of a profile; {@code location} names it in problems. */
	public static RuleProfile parse(String location, String text) {
		RuleProfile profile = new RuleProfile(location);
		String[] lines = text == null ? new String[0] : text.split("\r?\n", -1);
		for (int i = 0; i < lines.length; i++) {
			profile.parseLine(i + 1, lines[i].trim());
		}
		return profile;
	}

	private void problem(int line, String message) {
		problems.add(new Problem(line, message));
	}

	private void parseLine(int line, String text) {
		if (text.isEmpty() || text.startsWith("#") || text.startsWith("!")) {
			return;
		}
		int comment = text.indexOf('#');
		if (comment > 0) {
			// a trailing comment, as in docs/rules.md; no key or value of a profile contains '#'
			text = text.substring(0, comment).trim();
		}
		int separator = indexOfSeparator(text);
		if (separator < 0) {
			problem(line, "'" + text + "' is not a key = value entry");
			return;
		}
		String key = text.substring(0, separator).trim();
		String value = text.substring(separator + 1).trim();
		if (key.equals("asOf")) {
			try {
				asOf = StrategyDate.parse(value);
			} catch (IllegalArgumentException e) {
				problem(line, "asOf " + e.getMessage());
			}
			return;
		}
		int dot = key.lastIndexOf('.');
		if (dot <= 0) {
			problem(line, "'" + key + "' is not CODE.enabled, CODE.severity, CODE.threshold or asOf");
			return;
		}
		String pattern = key.substring(0, dot);
		String setting = key.substring(dot + 1);
		String patternProblem = checkPattern(pattern);
		if (patternProblem != null) {
			problem(line, patternProblem);
			return;
		}
		switch (setting) {
		case "enabled" -> {
			if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
				enabled.put(pattern, Boolean.valueOf(value.toLowerCase(Locale.ROOT)));
			} else {
				problem(line, key + " must be true or false, not '" + value + "'");
			}
		}
		case "severity" -> {
			Severity severity = severityOf(value);
			if (severity == null) {
				problem(line, key + " must be error, warning, info or ignore, not '" + value + "'");
			} else {
				severities.put(pattern, severity);
			}
		}
		case "threshold" -> {
			try {
				thresholds.put(pattern, new BigDecimal(value));
			} catch (NumberFormatException e) {
				problem(line, key + " must be a number, not '" + value + "'");
			}
		}
		default -> problem(line, "unknown setting '" + setting + "' (use enabled, severity or threshold)");
		}
	}

	private static int indexOfSeparator(String text) {
		int equals = text.indexOf('=');
		int colon = text.indexOf(':');
		if (equals < 0) {
			return colon;
		}
		return colon < 0 ? equals : Math.min(equals, colon);
	}

	private static String checkPattern(String pattern) {
		if (pattern.equals("*")) {
			return null;
		}
		if (pattern.endsWith("-*")) {
			String area = Rule.areaOf(pattern);
			if (area == null || !RuleCatalogue.areas().contains(area) || !pattern.equals(RuleCodes.PREFIX + area + "-*")) {
				return "unknown rule area '" + pattern + "' (areas: " + String.join(", ", RuleCatalogue.areas()) + ")";
			}
			return null;
		}
		if (!RuleCatalogue.isKnown(pattern)) {
			return "unknown rule code '" + pattern + "'";
		}
		return null;
	}

	private static Severity severityOf(String value) {
		switch (value.toLowerCase(Locale.ROOT)) {
		case "error":
			return Severity.ERROR;
		case "warning":
			return Severity.WARNING;
		case "info":
			return Severity.INFO;
		case "ignore":
		case "off":
			return Severity.IGNORE;
		default:
			return null;
		}
	}

	private <T> T lookup(Map<String, T> map, String code) {
		T value = map.get(code);
		if (value == null) {
			value = map.get(RuleCodes.PREFIX + Rule.areaOf(code) + "-*");
		}
		return value != null ? value : map.get("*");
	}

	/** Whether the rule runs at all. */
	public boolean isEnabled(String code) {
		Boolean value = lookup(enabled, code);
		return value == null || value;
	}

	/** The severity of a rule: the profile's, else the catalogue's; IGNORE when disabled. */
	public Severity severity(String code) {
		if (!isEnabled(code)) {
			return Severity.IGNORE;
		}
		Severity value = lookup(severities, code);
		if (value != null) {
			return value;
		}
		Rule rule = RuleCatalogue.get(code);
		return rule == null ? Severity.ERROR : rule.severity();
	}

	/** The threshold of a rule: the profile's, else the catalogue's default (may be null). */
	public BigDecimal threshold(String code) {
		BigDecimal value = lookup(thresholds, code);
		if (value != null) {
			return value;
		}
		Rule rule = RuleCatalogue.get(code);
		return rule == null ? null : rule.defaultThreshold();
	}

	/** The reference date for freshness rules, or null. */
	public StrategyDate asOf() {
		return asOf;
	}

	/** Where the profile was read from, or null for the default profile. */
	public String location() {
		return location;
	}

	/** Entries that could not be understood, each "line N: what is wrong". */
	public List<String> problems() {
		return problems.stream().map(Problem::text).toList();
	}

	/** Entries that could not be understood, with their line. */
	public List<Problem> problemEntries() {
		return List.copyOf(problems);
	}

	/** An entry that could not be understood: its line in the file (from 1) and what is wrong. */
	public record Problem(int line, String message) {

		/** "line N: what is wrong". */
		public String text() {
			return "line " + line + ": " + message;
		}
	}
}
