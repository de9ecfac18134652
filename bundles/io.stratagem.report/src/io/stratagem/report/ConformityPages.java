package io.stratagem.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.stratagem.roadmap.ModelElements;
import io.stratagem.model.FrameworkRequirement;
import io.stratagem.roadmap.conformity.ChecklistItem;
import io.stratagem.roadmap.conformity.Evidence;
import io.stratagem.roadmap.conformity.FrameworkChecklist;
import io.stratagem.roadmap.conformity.UseCaseChecklist;

/**
 * The conformity checklists: an index of the frameworks, and one page per framework with what the
 * organisation's controls evidence and, per high-risk or high-impact use case, what is evidenced,
 * only planned, or missing.
 */
final class ConformityPages {

	/** Beyond this many controls, a requirement's controls are listed in a closed section. */
	static final int MANY_CONTROLS = 5;

	private ConformityPages() {
	}

	/** The index: one line per framework with its counts (the site's one count of each). */
	static Map<String, Object> index(SiteModel site) {
		List<Map<String, Object>> frameworks = new ArrayList<>();
		for (int i = 0; i < site.checklists().size(); i++) {
			FrameworkChecklist checklist = site.checklists().get(i);
			Map<String, Object> row = new HashMap<>(site.frameworks().get(i).view());
			row.put("scope", Text.scope(checklist.framework()));
			row.put("useCases", checklist.useCases().size());
			row.put("complete", checklist.useCases().stream().filter(u -> u.count(Evidence.MISSING) == 0).count());
			frameworks.add(row);
		}
		return Map.of("frameworks", frameworks);
	}

	/** The page of one framework, written under conformity/. */
	static Map<String, Object> framework(SiteModel site, FrameworkChecklist checklist, FrameworkFigures figures) {
		Map<String, Object> view = new HashMap<>(figures.view());
		view.put("organisation", items(checklist.organisation(), true));
		view.put("scope", Text.scope(checklist.framework()));
		view.put("perUseCase", !Text.scope(checklist.framework()).isEmpty());
		view.put("useCases", !checklist.useCases().isEmpty());
		// one collapsible section per owning unit (the agencies of the federal inventory)
		view.put("groups", UnitGroups.sections(checklist.useCases(), UseCaseChecklist::useCase, useCase -> {
			Map<String, Object> section = new HashMap<>(counts(useCase.items()));
			section.put("useCase", site.named(useCase.useCase(), "../"));
			section.put("items", items(useCase.items(), false));
			return section;
		}, "useCases"));
		return view;
	}

	/** The checklist of one use case for one framework, as its own page shows it. */
	static List<Map<String, Object>> items(List<ChecklistItem> items, boolean indentParts) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (ChecklistItem item : items) {
			FrameworkRequirement requirement = item.requirement();
			Map<String, Object> row = new HashMap<>(Map.of("code", requirement.getCode() == null ? ModelElements.label(requirement) : requirement.getCode(), "title",
					ModelElements.label(requirement), "depth", indentParts ? depth(requirement) : 0, "evidence", Text.evidence(item.evidence()), "css",
					Text.evidenceCss(item.evidence()), "controls", item.controls().stream().map(c -> Map.of("label", ModelElements.label(c), "status",
							c.getStatus().getLiteral(), "proof", c.getEvidence() == null ? "" : c.getEvidence())).toList()));
			// a requirement met by hundreds of controls (the federal agencies' practices) lists them folded
			row.put("manyControls", item.controls().size() > MANY_CONTROLS);
			row.put("controlCount", item.controls().size() + " controls");
			rows.add(row);
		}
		return rows;
	}

	private static int depth(FrameworkRequirement requirement) {
		int depth = 0;
		for (FrameworkRequirement parent = requirement.getParent(); parent != null && depth < 10; parent = parent.getParent()) {
			depth++;
		}
		return depth;
	}

	private static Map<String, Object> counts(List<ChecklistItem> items) {
		return Map.of("evidenced", count(items, Evidence.EVIDENCED), "planned", count(items, Evidence.PLANNED), "missing", count(items, Evidence.MISSING),
				"total", items.size());
	}

	private static long count(List<ChecklistItem> items, Evidence evidence) {
		return items.stream().filter(i -> i.evidence() == evidence).count();
	}
}
