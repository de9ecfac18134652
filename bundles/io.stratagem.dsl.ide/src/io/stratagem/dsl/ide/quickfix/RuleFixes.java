/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.ide.quickfix;

import static io.stratagem.dsl.validation.RuleCodes.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import io.stratagem.dsl.edit.References;
import io.stratagem.dsl.edit.SourceEdits;
import io.stratagem.dsl.edit.TextEdit;
import io.stratagem.dsl.validation.RuleCatalogue;
import io.stratagem.dsl.validation.rules.EuAiActValidator;
import io.stratagem.dsl.validation.rules.OmbValidator;
import io.stratagem.dsl.validation.rules.StructureValidator;
import io.stratagem.model.Objective;
import io.stratagem.model.Role;
import io.stratagem.model.Strategy;
import io.stratagem.model.time.StrategyDate;

/**
 * Editor-neutral quick fixes of rule findings: text edits computed from a finding's issue data and
 * the parsed file. Each fix is a {@link QuickFix} registered once for its rule codes (see
 * {@link #registry()}); {@link #FIXABLE} is derived from the registrations. Every edit keeps the
 * formatter's layout: one item a line in blocks, one blank line between elements. The language
 * server offers them as code actions, the Eclipse editor as quick fixes.
 */
@Singleton
public class RuleFixes {

	/** At most this many alternatives (roles, objectives...) are offered for one finding. */
	public static final int MAX_CHOICES = 5;

	private static final Map<String, QuickFix> REGISTRY = registry();

	/** The rule codes that have quick fixes, in the order of registration. */
	public static final List<String> FIXABLE = List.copyOf(REGISTRY.keySet());

	@Inject
	private References references;

	/** The quick fix of each rule code: the one place a fix is registered. */
	private static Map<String, QuickFix> registry() {
		Map<String, QuickFix> fixes = new LinkedHashMap<>();
		register(fixes, RuleFixes::endOnTheStartDate, STRUCT_END_BEFORE_START);
		register(fixes, RuleFixes::moveIntoTheHorizon, STRUCT_OUTSIDE_HORIZON);
		register(fixes, RuleFixes::serveAnObjective, STRAT_USE_CASE_WITHOUT_OBJECTIVE);
		register(fixes, RuleFixes::setAnOwner, STRAT_WITHOUT_OWNER, UC_WITHOUT_OWNER, DATA_WITHOUT_OWNER, RISK_WITHOUT_OWNER);
		register(fixes, RuleFixes::createAKpi, UC_WITHOUT_KPI);
		register(fixes, RuleFixes::setASteward, DATA_WITHOUT_STEWARD);
		register(fixes, RuleFixes::createAControlOfTheRisk, RISK_HIGH_WITHOUT_CONTROL);
		register(fixes, RuleFixes::createAChangeInitiative, CHANGE_NO_INITIATIVE);
		register(fixes, RuleFixes::createALiteracyProgramme, LIT_NO_OPERATOR_LITERACY);
		register(fixes, RuleFixes::linkToAStrategy, ROADMAP_WITHOUT_STRATEGY);
		register(fixes, RuleFixes::createEuAiActControls, EUAI_HIGH_RISK_PROVIDER, EUAI_HIGH_RISK_DEPLOYER, EUAI_FRIA, EUAI_LIMITED_TRANSPARENCY);
		register(fixes, RuleFixes::classifyTheEuAiActTier, EUAI_UNCLASSIFIED_IN_USE);
		register(fixes, RuleFixes::createOmbPracticeControls, OMB_MINIMUM_PRACTICES);
		return Collections.unmodifiableMap(fixes);
	}

	private static void register(Map<String, QuickFix> fixes, QuickFix fix, String... codes) {
		for (String code : codes) {
			if (!RuleCatalogue.isKnown(code)) {
				throw new IllegalStateException("A quick fix for an unknown rule " + code);
			}
			if (fixes.putIfAbsent(code, fix) != null) {
				throw new IllegalStateException("Two quick fixes for " + code);
			}
		}
	}

	/** The quick fix registered for a rule code, or null when the code has none. */
	public static QuickFix fixOf(String code) {
		return code == null ? null : REGISTRY.get(code);
	}

	/** The fixes of one finding in a resource; empty when there is none or the file changed since. */
	public List<RuleFix> fixes(XtextResource resource, Issue issue) {
		if (resource == null || issue == null || resource.getParseResult() == null) {
			return List.of();
		}
		QuickFix fix = fixOf(issue.getCode());
		EObject element = fix == null || issue.getUriToProblem() == null ? null : resource.getEObject(issue.getUriToProblem().fragment());
		if (element == null) {
			return List.of();
		}
		return fix.fixes(new FixContext(issue, element, FixContext.dataOf(issue), new SourceEdits(resource), references));
	}

	/** Data: 2 the start date. */
	private static List<RuleFix> endOnTheStartDate(FixContext finding) {
		String start = finding.data(2);
		if (start == null || finding.issue().getOffset() == null) {
			return List.of();
		}
		return List.of(new RuleFix("End on the start date " + start, List.of(replaceMarked(finding, start))));
	}

	/** Data: 1 what is dated, 2 the date, then the horizon's start and end at {@link StructureValidator#DATA_HORIZON_START}. */
	private static List<RuleFix> moveIntoTheHorizon(FixContext finding) {
		String date = finding.data(2);
		String start = finding.data(StructureValidator.DATA_HORIZON_START);
		String end = finding.data(StructureValidator.DATA_HORIZON_START + 1);
		if (date == null || start == null || end == null || finding.issue().getOffset() == null) {
			return List.of();
		}
		String replacement;
		try {
			replacement = StrategyDate.parse(date).endsBefore(StrategyDate.parse(start)) ? start : end;
		} catch (IllegalArgumentException e) {
			return List.of();
		}
		return List.of(new RuleFix("Move " + finding.data(1) + " into the horizon: " + replacement, List.of(replaceMarked(finding, replacement))));
	}

	private static TextEdit replaceMarked(FixContext finding, String text) {
		return new TextEdit(finding.issue().getOffset(), finding.issue().getLength(), text);
	}

	private static List<RuleFix> serveAnObjective(FixContext finding) {
		return finding.choices(Objective.class).stream()
				.map(o -> new RuleFix("Serve objective " + o.getName(), List.of(finding.edits().addItem(finding.element(), "serves " + finding.referenceTo(o)))))
				.toList();
	}

	private static List<RuleFix> setAnOwner(FixContext finding) {
		return finding.choices(Role.class).stream()
				.map(r -> new RuleFix("Set owner " + r.getName(), List.of(finding.edits().addItem(finding.element(), "owner " + finding.referenceTo(r)))))
				.toList();
	}

	private static List<RuleFix> setASteward(FixContext finding) {
		return finding.choices(Role.class).stream()
				.map(r -> new RuleFix("Set steward " + r.getName(), List.of(finding.edits().addItem(finding.element(), "steward " + finding.referenceTo(r)))))
				.toList();
	}

	private static List<RuleFix> linkToAStrategy(FixContext finding) {
		return finding.choices(Strategy.class).stream()
				.map(s -> new RuleFix("Link to strategy " + s.getName(), List.of(finding.edits().addItem(finding.element(), "for " + finding.referenceTo(s)))))
				.toList();
	}

	private static List<RuleFix> createAKpi(FixContext finding) {
		String kpi = finding.freshName(finding.name() + "Kpi");
		return List.of(new RuleFix("Create KPI " + kpi, List.of(finding.edits().addItem(finding.element(), "kpis " + kpi),
				finding.edits().addElementAfter(finding.topLevel(), "kpi " + kpi + " \"KPI of " + finding.name() + "\""))));
	}

	private static List<RuleFix> createAControlOfTheRisk(FixContext finding) {
		String control = finding.freshName(finding.name() + "Control");
		return List.of(new RuleFix("Create control " + control, List.of(finding.edits().addItem(finding.element(), "controlled by " + control),
				finding.edits().addElementAfter(finding.topLevel(), "control " + control + " \"Treatment of " + finding.name() + "\" {\n\tstatus planned\n}"))));
	}

	private static List<RuleFix> createAChangeInitiative(FixContext finding) {
		String change = finding.freshName(finding.name() + "Change");
		return List.of(new RuleFix("Create change initiative " + change, List.of(finding.edits().addElementAfter(finding.topLevel(),
				"change " + change + " \"Change management for " + finding.name() + "\" {\n\tsupports " + finding.name() + "\n}"))));
	}

	private static List<RuleFix> createALiteracyProgramme(FixContext finding) {
		String literacy = finding.freshName("AIOperatorLiteracy");
		return List.of(new RuleFix("Create literacy programme " + literacy, List.of(finding.edits().addElementAfter(finding.topLevel(),
				"literacy " + literacy + " \"AI literacy for staff operating AI\" {\n\taudience aiOperators\n}"))));
	}

	/** Data: the codes of the missing requirements ("AIA-10") from {@link EuAiActValidator#DATA_MISSING_REQUIREMENTS}. */
	private static List<RuleFix> createEuAiActControls(FixContext finding) {
		List<String> requirements = new ArrayList<>();
		for (String code : finding.dataFrom(EuAiActValidator.DATA_MISSING_REQUIREMENTS)) {
			if (code.startsWith("AIA-")) {
				requirements.add("stratagem.euaiact.Art" + code.substring("AIA-".length()));
			}
		}
		return requirements.isEmpty() ? List.of() : List.of(controlFix(finding, "AiAct", "EU AI Act controls of ", requirements));
	}

	/** Data: the codes of the missing practices ("OMB-M-25-21-4b-vi") from {@link OmbValidator#DATA_MISSING_PRACTICES}. */
	private static List<RuleFix> createOmbPracticeControls(FixContext finding) {
		List<String> requirements = new ArrayList<>();
		for (String code : finding.dataFrom(OmbValidator.DATA_MISSING_PRACTICES)) {
			OmbValidator.MinimumPractice practice = OmbValidator.MINIMUM_PRACTICES.get(code);
			if (practice != null) {
				requirements.add("stratagem.omb." + practice.libraryName());
			}
		}
		return requirements.isEmpty() ? List.of() : List.of(controlFix(finding, "Omb", "OMB M-25-21 minimum practices of ", requirements));
	}

	private static List<RuleFix> classifyTheEuAiActTier(FixContext finding) {
		return List.of("minimal", "limited", "high").stream()
				.map(tier -> new RuleFix("Classify as " + tier + " risk", List.of(finding.edits().addItem(finding.element(), "euAiAct tier " + tier))))
				.toList();
	}

	/** A planned control of the use case satisfying {@code requirements}. */
	private static RuleFix controlFix(FixContext finding, String suffix, String title, List<String> requirements) {
		String useCase = finding.name();
		String control = finding.freshName(useCase + suffix);
		String text = "control " + control + " \"" + title + useCase + "\" {\n\tstatus planned\n\tsatisfies " + String.join(", ", requirements)
				+ "\n\tapplies to " + useCase + "\n}";
		return new RuleFix("Create control " + control + " for " + requirements.size() + " requirement(s)",
				List.of(finding.edits().addElementAfter(finding.topLevel(), text)));
	}
}
