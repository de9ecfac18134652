package io.stratagem.workspace.diff;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import io.stratagem.workspace.report.Finding;

/**
 * A strategy diff as Markdown for a pull-request comment: a summary line, then one section per
 * kind of element with one line per change, in report order, then the findings introduced and
 * resolved. Text from the model is quoted so that it cannot become markup.
 */
public class MarkdownDiffWriter {

	public void write(StrategyDiff diff, Writer out) throws IOException {
		StringBuilder md = new StringBuilder();
		md.append("## Strategy changes from ").append(code(diff.before())).append(" to ").append(code(diff.after())).append("\n\n");
		FindingComparison findings = diff.findings();
		md.append(count(diff.changes().size(), "change")).append(" in meaning; findings: ").append(findings.introduced().size()).append(" introduced, ")
				.append(findings.resolved().size()).append(" resolved, ").append(findings.unchanged().size()).append(" unchanged.\n");
		for (ChangeKind.Section section : ChangeKind.Section.values()) {
			List<Change> changes = diff.changes(section);
			if (!changes.isEmpty()) {
				md.append("\n### ").append(section.title()).append("\n\n");
				changes.forEach(change -> md.append("- ").append(line(change)).append('\n'));
			}
		}
		if (!findings.introduced().isEmpty() || !findings.resolved().isEmpty()) {
			md.append("\n### Findings\n\n");
			findings.introduced().forEach(f -> md.append("- introduced: ").append(line(f)).append('\n'));
			findings.resolved().forEach(f -> md.append("- resolved: ").append(line(f)).append('\n'));
		}
		out.write(md.toString());
	}

	/** One change as a sentence. */
	static String line(Change change) {
		String element = code(change.element());
		String before = value(change.before());
		String after = value(change.after());
		return switch (change.kind()) {
		case USE_CASE_ADDED -> element + " added, stage " + after;
		case USE_CASE_REMOVED -> element + " removed, was in stage " + before;
		case USE_CASE_MOVED -> element + " moved from " + before + " to " + after;
		case RISK_ADDED -> element + " added, score " + after;
		case RISK_REMOVED -> element + " removed, score was " + before;
		case RISK_SCORE_UP -> element + " score up from " + before + " to " + after;
		case RISK_SCORE_DOWN -> element + " score down from " + before + " to " + after;
		case KPI_TARGET_CHANGED -> element + " target changed from " + before + " to " + after;
		case KPI_TARGET_DATE_CHANGED -> element + " target date changed from " + before + " to " + after;
		case CRITICAL_PATH_END_MOVED -> "critical path of " + element + " ends " + after + " instead of " + before;
		case INITIATIVE_ADDED -> element + " added, finishes " + after;
		case INITIATIVE_REMOVED -> element + " removed, finished " + before;
		case INITIATIVE_SLIPPED -> element + " slipped: finishes " + after + " instead of " + before;
		case INITIATIVE_ADVANCED -> element + " advanced: finishes " + after + " instead of " + before;
		case CONTROL_ADDED -> element + " added, status " + after;
		case CONTROL_REMOVED -> element + " removed, status was " + before;
		case CONTROL_STATUS_CHANGED -> element + " status changed from " + before + " to " + after;
		case COVERAGE_GAINED -> element + " now " + after + ", was " + before;
		case COVERAGE_LOST -> element + " now " + after + ", was " + before;
		};
	}

	private static String line(Finding f) {
		return f.severity().label() + " " + f.code() + " in " + code(f.file()) + (f.element() == null ? "" : " on " + code(f.element())) + ": "
				+ text(f.message());
	}

	private static String count(int n, String noun) {
		return n + " " + noun + (n == 1 ? "" : "s");
	}

	private static String value(String value) {
		return value == null ? "none" : text(value);
	}

	/** Inline code that no backtick in the text can end early. */
	private static String code(String text) {
		String flat = text.replaceAll("[\\r\\n]+", " ");
		return flat.contains("`") ? "`` " + flat + " ``" : "`" + flat + "`";
	}

	/** Text from a model or a message as plain text: on one line, with no character that Markdown or HTML reads as markup. */
	static String text(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : text.replaceAll("[\\r\\n]+", " ").toCharArray()) {
			if ("\\`*_[]<>#|!~".indexOf(c) >= 0) {
				out.append('\\');
			}
			out.append(c);
		}
		return out.toString();
	}
}
