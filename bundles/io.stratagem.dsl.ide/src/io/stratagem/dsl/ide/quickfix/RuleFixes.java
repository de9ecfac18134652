/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.ide.quickfix;

import static io.stratagem.dsl.validation.RuleCodes.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import io.stratagem.dsl.edit.References;
import io.stratagem.dsl.edit.SourceEdits;
import io.stratagem.dsl.edit.TextEdit;
import io.stratagem.dsl.validation.rules.OmbValidator;
import io.stratagem.dsl.validation.services.ModelIndex;
import io.stratagem.model.NamedElement;
import io.stratagem.model.Objective;
import io.stratagem.model.Role;
import io.stratagem.model.Strategy;
import io.stratagem.model.StrategyModel;
import io.stratagem.model.time.StrategyDate;

/**
 * Editor-neutral quick fixes of rule findings: text edits computed from a finding's issue data
 * (the rule's message arguments, element name first) and the parsed file. Every edit keeps the
 * formatter's layout: one item a line in blocks, one blank line between elements. The language
 * server offers them as code actions.
 */
@Singleton
public class RuleFixes {

	/** At most this many alternatives (roles, objectives...) are offered for one finding. */
	public static final int MAX_CHOICES = 5;

	private static final Pattern ARTICLE = Pattern.compile("Art\\. (\\d+)");
	private static final Pattern OMB_CODE = Pattern.compile("\\((OMB-M-25-21-4b-[ivx]+)\\)");

	@Inject
	private References references;

	/** The rule codes that have quick fixes. */
	public static final List<String> FIXABLE = List.of(STRUCT_END_BEFORE_START, STRUCT_OUTSIDE_HORIZON, STRAT_USE_CASE_WITHOUT_OBJECTIVE,
			STRAT_WITHOUT_OWNER, UC_WITHOUT_KPI, UC_WITHOUT_OWNER, DATA_WITHOUT_OWNER, DATA_WITHOUT_STEWARD, RISK_HIGH_WITHOUT_CONTROL,
			RISK_WITHOUT_OWNER, CHANGE_NO_INITIATIVE, LIT_NO_OPERATOR_LITERACY, ROADMAP_WITHOUT_STRATEGY, EUAI_HIGH_RISK_PROVIDER,
			EUAI_HIGH_RISK_DEPLOYER, EUAI_FRIA, EUAI_LIMITED_TRANSPARENCY, EUAI_UNCLASSIFIED_IN_USE, OMB_MINIMUM_PRACTICES);

	/** The fixes of one finding in a resource; empty when there is none or the file changed since. */
	public List<RuleFix> fixes(XtextResource resource, Issue issue) {
		if (resource == null || issue == null || issue.getCode() == null || resource.getParseResult() == null) {
			return List.of();
		}
		EObject object = issue.getUriToProblem() == null ? null : resource.getEObject(issue.getUriToProblem().fragment());
		String[] data = issue.getData() == null ? new String[0] : issue.getData();
		if (object == null) {
			return List.of();
		}
		SourceEdits edits = new SourceEdits(resource);
		List<RuleFix> result = new ArrayList<>();
		switch (issue.getCode()) {
		case STRUCT_END_BEFORE_START -> {
			if (data.length > 2 && issue.getOffset() != null) {
				result.add(new RuleFix("End on the start date " + data[2], List.of(new TextEdit(issue.getOffset(), issue.getLength(), data[2]))));
			}
		}
		case STRUCT_OUTSIDE_HORIZON -> {
			if (data.length > 3 && issue.getOffset() != null && data[3].contains(" to ")) {
				String[] horizon = data[3].split(" to ");
				String replacement;
				try {
					replacement = StrategyDate.parse(data[2]).endsBefore(StrategyDate.parse(horizon[0])) ? horizon[0] : horizon[1];
				} catch (IllegalArgumentException e) {
					break;
				}
				result.add(new RuleFix("Move " + data[1] + " into the horizon: " + replacement,
						List.of(new TextEdit(issue.getOffset(), issue.getLength(), replacement))));
			}
		}
		case STRAT_USE_CASE_WITHOUT_OBJECTIVE -> choices(object, Objective.class).forEach(o -> result
				.add(new RuleFix("Serve objective " + o.getName(), List.of(edits.addItem(object, "serves " + references.textOf(object, o))))));
		case STRAT_WITHOUT_OWNER, UC_WITHOUT_OWNER, DATA_WITHOUT_OWNER, RISK_WITHOUT_OWNER -> choices(object, Role.class)
				.forEach(r -> result.add(new RuleFix("Set owner " + r.getName(), List.of(edits.addItem(object, "owner " + references.textOf(object, r))))));
		case DATA_WITHOUT_STEWARD -> choices(object, Role.class)
				.forEach(r -> result.add(new RuleFix("Set steward " + r.getName(), List.of(edits.addItem(object, "steward " + references.textOf(object, r))))));
		case ROADMAP_WITHOUT_STRATEGY -> choices(object, Strategy.class)
				.forEach(s -> result.add(new RuleFix("Link to strategy " + s.getName(), List.of(edits.addItem(object, "for " + references.textOf(object, s))))));
		case UC_WITHOUT_KPI -> {
			String kpi = freshName(object, name(object) + "Kpi");
			List<TextEdit> all = new ArrayList<>(List.of(edits.addItem(object, "kpis " + kpi)));
			all.add(edits.addElementAfter(topLevel(object), "kpi " + kpi + " \"KPI of " + name(object) + "\""));
			result.add(new RuleFix("Create KPI " + kpi, all));
		}
		case RISK_HIGH_WITHOUT_CONTROL -> {
			String control = freshName(object, name(object) + "Control");
			List<TextEdit> all = new ArrayList<>(List.of(edits.addItem(object, "controlled by " + control)));
			all.add(edits.addElementAfter(topLevel(object), "control " + control + " \"Treatment of " + name(object) + "\" {\n\tstatus planned\n}"));
			result.add(new RuleFix("Create control " + control, all));
		}
		case CHANGE_NO_INITIATIVE -> {
			String change = freshName(object, name(object) + "Change");
			result.add(new RuleFix("Create change initiative " + change,
					List.of(edits.addElementAfter(topLevel(object), "change " + change + " \"Change management for " + name(object) + "\" {\n\tsupports " + name(object) + "\n}"))));
		}
		case LIT_NO_OPERATOR_LITERACY -> {
			String literacy = freshName(object, "AIOperatorLiteracy");
			result.add(new RuleFix("Create literacy programme " + literacy,
					List.of(edits.addElementAfter(topLevel(object), "literacy " + literacy + " \"AI literacy for staff operating AI\" {\n\taudience aiOperators\n}"))));
		}
		case EUAI_HIGH_RISK_PROVIDER, EUAI_HIGH_RISK_DEPLOYER, EUAI_FRIA, EUAI_LIMITED_TRANSPARENCY -> {
			List<String> requirements = new ArrayList<>();
			Matcher m = ARTICLE.matcher(data.length > 1 ? data[1] : "");
			while (m.find()) {
				requirements.add("stratagem.euaiact.Art" + m.group(1));
			}
			if (!requirements.isEmpty()) {
				result.add(controlFix(edits, object, "AiAct", "EU AI Act controls of ", requirements));
			}
		}
		case OMB_MINIMUM_PRACTICES -> {
			List<String> requirements = new ArrayList<>();
			Matcher m = OMB_CODE.matcher(data.length > 1 ? data[1] : "");
			while (m.find()) {
				if (OmbValidator.MINIMUM_PRACTICES.containsKey(m.group(1))) {
					requirements.add("stratagem.omb." + OmbValidator.MINIMUM_PRACTICES.get(m.group(1)).libraryName());
				}
			}
			if (!requirements.isEmpty()) {
				result.add(controlFix(edits, object, "Omb", "OMB M-25-21 minimum practices of ", requirements));
			}
		}
		case EUAI_UNCLASSIFIED_IN_USE -> {
			for (String tier : List.of("minimal", "limited", "high")) {
				result.add(new RuleFix("Classify as " + tier + " risk", List.of(edits.addItem(object, "euAiAct tier " + tier))));
			}
		}
		default -> {
			// no fix
		}
		}
		return result;
	}

	private RuleFix controlFix(SourceEdits edits, EObject useCase, String suffix, String title, List<String> requirements) {
		String control = freshName(useCase, name(useCase) + suffix);
		String text = "control " + control + " \"" + title + name(useCase) + "\" {\n\tstatus planned\n\tsatisfies " + String.join(", ", requirements)
				+ "\n\tapplies to " + name(useCase) + "\n}";
		return new RuleFix("Create control " + control + " for " + requirements.size() + " requirement(s)", List.of(edits.addElementAfter(topLevel(useCase), text)));
	}

	private static String name(EObject object) {
		return object instanceof NamedElement element && element.getName() != null ? element.getName() : "Element";
	}

	/** Candidates of a type in the whole model, by name, at most {@link #MAX_CHOICES}. */
	private <T extends NamedElement> List<T> choices(EObject context, Class<T> type) {
		return ModelIndex.of(context, null).all(type).stream().filter(e -> e.getName() != null && !e.getName().startsWith("stratagem."))
				.sorted(Comparator.comparing(NamedElement::getName)).limit(MAX_CHOICES).toList();
	}

	/** A name not yet used in the model. */
	private static String freshName(EObject context, String base) {
		List<NamedElement> elements = ModelIndex.of(context, null).elements();
		String candidate = base;
		for (int i = 2; contains(elements, candidate); i++) {
			candidate = base + i;
		}
		return candidate;
	}

	private static boolean contains(List<NamedElement> elements, String name) {
		return elements.stream().anyMatch(e -> name.equals(e.getName()));
	}

	/** The top-level element that contains {@code element}. */
	private static EObject topLevel(EObject element) {
		EObject top = element;
		while (top.eContainer() != null && !(top.eContainer() instanceof StrategyModel)) {
			top = top.eContainer();
		}
		return top;
	}
}
