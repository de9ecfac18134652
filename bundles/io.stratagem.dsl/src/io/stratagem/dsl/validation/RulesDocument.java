/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;

import io.stratagem.model.Framework;

/**
 * Renders the rule catalogue as docs/rules.md. Run {@link #main(String[])} with the path of
 * docs/rules.md to rewrite it; RulesDocumentTest fails when the committed file differs.
 */
public final class RulesDocument {

	/**
	 * Where the project's documents are published (docs/ of the repository as GitHub shows it). Reports
	 * link rules to their sections here; change it here alone.
	 */
	public static final String DOCS_URI = "https://github.com/stratagem/stratagem/blob/main/docs/";

	private RulesDocument() {
	}

	/** The address of a rule's section of docs/rules.md: its {@code ### CODE} heading. */
	public static String helpUri(String code) {
		return DOCS_URI + "rules.md#" + anchor(code);
	}

	/**
	 * The anchor GitHub gives a Markdown heading: lower case, punctuation other than hyphens and
	 * underscores dropped, spaces turned into hyphens ({@code STRAT-KPI-004} becomes {@code strat-kpi-004}).
	 */
	public static String anchor(String heading) {
		StringBuilder anchor = new StringBuilder();
		heading.trim().toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
			if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
				anchor.appendCodePoint(c);
			} else if (c == ' ') {
				anchor.append('-');
			}
		});
		return anchor.toString();
	}

	/** The Markdown text of docs/rules.md. */
	public static String render() {
		StringBuilder out = new StringBuilder();
		out.append("# Validation rules\n\n");
		out.append("<!-- Generated from io.stratagem.dsl.validation.RuleCatalogue by RulesDocument; do not edit by hand. -->\n\n");
		out.append("Stratagem checks a model with ").append(RuleCatalogue.rules().size())
				.append(" rules. Each has a stable code `STRAT-<AREA>-<NNN>` and a default severity.\n\n");
		out.append("A project changes rules in a `stratagem.properties` file in the folder of its models or a parent folder:\n\n");
		out.append("```properties\n");
		out.append("STRAT-DATA-003.enabled = false      # switch a rule off\n");
		out.append("STRAT-KPI-*.severity = warning      # error, warning, info or ignore; per code, per area (STRAT-KPI-*) or for all (*)\n");
		out.append("STRAT-RISK-001.threshold = 15       # rules with a threshold\n");
		out.append("asOf = 2027-12-31                   # reference date of KPI freshness (default: latest measurement in the model)\n");
		out.append("```\n\n");
		out.append("A `#` starts a comment, on a line of its own or after an entry. Unknown codes, areas or settings in a profile are reported as STRAT-STRUCT-010,")
				.append(" once, at their line of the profile (in the language server and the workbench: on the first model file the profile applies to).\n\n");
		out.append("One finding is suppressed in the model, with a mandatory justification, by a `suppress` item of the element or of an element that contains it:\n\n");
		out.append("```\nusecase ClaimsTriage {\n\tsuppress STRAT-UC-002 \"Ranked by the 2026 portfolio board\"\n}\n```\n\n");
		out.append("The rules of areas EUAI, OMB, NIST and ISO each check one framework and run only where it applies. A strategy states the frameworks")
				.append(" that apply to the organisation, and a use case may state its own instead of its strategy's (here a US agency's use case that is")
				.append(" also offered in the EU):\n\n");
		out.append("```\nstrategy Agency {\n\tframeworks ombM2521, nistAiRmf\n}\n\nusecase EuPortal {\n\tframeworks ombM2521, euAiAct\n}\n```\n\n");
		out.append("The frameworks are `euAiAct` (EU AI Act), `nistAiRmf` (NIST AI RMF), `iso42001` (ISO/IEC 42001), `ombM2521` (OMB M-25-21) and")
				.append(" `other` (none of these). A use case without a statement follows the strategy of its file, else the strategies of the model;")
				.append(" when nothing is stated every framework applies, as before the statement existed. An unknown name is a syntax error")
				.append(" (STRAT-PARSE-001) that lists the names. `stratagem import omb-inventory` states `frameworks ombM2521` on every federal use")
				.append(" case (see [inventory.md](inventory.md)).\n\n");
		out.append("| Area | Rules |\n|---|---|\n");
		for (String area : RuleCatalogue.areas()) {
			long count = RuleCatalogue.rules().stream().filter(r -> r.area().equals(area)).count();
			out.append("| ").append(area).append(" | ").append(count).append(" |\n");
		}
		out.append('\n');
		String currentArea = null;
		for (Rule rule : RuleCatalogue.rules()) {
			if (!rule.area().equals(currentArea)) {
				currentArea = rule.area();
				out.append("## ").append(currentArea).append("\n\n");
			}
			out.append("### ").append(rule.code()).append("\n\n");
			out.append("- **Severity:** ").append(rule.severity().name().toLowerCase(Locale.ROOT));
			if (rule.defaultThreshold() != null) {
				out.append(" (threshold ").append(rule.defaultThreshold().toPlainString()).append(")");
			}
			out.append('\n');
			out.append("- **Message:** ").append(rule.message().replace("|", "\\|")).append('\n');
			out.append("- **Why:** ").append(rule.explanation()).append('\n');
			out.append("- **Remedy:** ").append(rule.remedy()).append('\n');
			out.append("- **Source:** ").append(rule.source()).append('\n');
			Framework framework = RuleCatalogue.framework(rule.code());
			if (framework != null) {
				out.append("- **Runs where:** `").append(framework.getLiteral()).append("` applies\n");
			}
			out.append('\n');
		}
		return out.toString();
	}

	/** Writes docs/rules.md: {@code args[0]} is its path (default {@code docs/rules.md}). */
	public static void main(String[] args) throws IOException {
		Path target = Paths.get(args.length > 0 ? args[0] : "docs/rules.md");
		if (target.getParent() != null) {
			Files.createDirectories(target.getParent());
		}
		Files.writeString(target, render(), StandardCharsets.UTF_8);
	}
}
