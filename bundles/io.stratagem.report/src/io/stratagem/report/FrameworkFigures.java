package io.stratagem.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.stratagem.model.Framework;
import io.stratagem.roadmap.conformity.ChecklistItem;
import io.stratagem.roadmap.conformity.Evidence;
import io.stratagem.roadmap.conformity.FrameworkChecklist;

/**
 * The figures of one framework that several pages show (overview, traceability, conformity index,
 * the framework's checklist, roadmap.md), counted once from the organisation's checklist so they
 * agree everywhere. A requirement counts as its checklist rates it: a control for one of its parts
 * counts for it, and a user's copy of a library requirement counts as that requirement.
 *
 * @param total     the framework's requirements in the catalogue
 * @param evidenced those an operating control satisfies
 * @param planned   those only controls not yet operating satisfy
 * @param missing   those no control that is not retired satisfies
 */
record FrameworkFigures(Framework framework, long total, long evidenced, long planned, long missing) {

	static List<FrameworkFigures> of(List<FrameworkChecklist> checklists) {
		return checklists.stream().map(c -> new FrameworkFigures(c.framework(), c.organisation().size(), count(c.organisation(), Evidence.EVIDENCED),
				count(c.organisation(), Evidence.PLANNED), count(c.organisation(), Evidence.MISSING))).toList();
	}

	/** Requirements some control that is not retired satisfies: evidenced or planned. */
	long satisfied() {
		return evidenced + planned;
	}

	/** Satisfied requirements in percent of all, rounded to a whole number, with the sign. */
	String percentSatisfied() {
		return String.format(Locale.ROOT, "%.0f%%", total == 0 ? 0.0 : 100.0 * satisfied() / total);
	}

	/** The figures as the templates name them. */
	Map<String, Object> view() {
		return Map.of("framework", Text.framework(framework), "checklist", "conformity/" + Text.frameworkFile(framework), "total", total,
				"evidenced", evidenced, "planned", planned, "missing", missing, "satisfied", satisfied(), "percent", percentSatisfied());
	}

	private static long count(List<ChecklistItem> items, Evidence evidence) {
		return items.stream().filter(i -> i.evidence() == evidence).count();
	}
}
