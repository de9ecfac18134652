package io.stratagem.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.stratagem.roadmap.readiness.Dimension;
import io.stratagem.roadmap.readiness.DimensionReadiness;
import io.stratagem.roadmap.readiness.Readiness;
import io.stratagem.roadmap.readiness.ReadinessGap;
import io.stratagem.roadmap.readiness.UseCaseReadiness;

/**
 * The readiness board: each use case against data, skills, capabilities, vendors, ethics review and
 * controls, with what would make it ready.
 */
final class ReadinessBoard {

	private ReadinessBoard() {
	}

	static Map<String, Object> view(SiteModel site) {
		List<Map<String, Object>> rows = new ArrayList<>();
		Map<Readiness, Integer> overall = new EnumMap<>(Readiness.class);
		for (UseCaseReadiness readiness : site.readiness()) {
			List<Map<String, Object>> cells = new ArrayList<>();
			for (DimensionReadiness dimension : readiness.dimensions()) {
				cells.add(cell(dimension));
			}
			Map<String, Object> row = new HashMap<>(site.named(readiness.useCase(), ""));
			row.put("overall", Text.readiness(readiness.overall()));
			row.put("css", Text.readinessCss(readiness.overall()));
			row.put("cells", cells);
			row.put("actions", actions(readiness));
			row.put("hasActions", !readiness.gaps().isEmpty());
			rows.add(row);
			overall.merge(readiness.overall(), 1, Integer::sum);
		}
		List<Map<String, Object>> totals = new ArrayList<>();
		for (Readiness level : Readiness.values()) {
			totals.add(Map.of("label", Text.readiness(level), "css", Text.readinessCss(level), "count", overall.getOrDefault(level, 0)));
		}
		// the same rows, in one collapsible section per owning unit: a board of thousands stays short
		List<Integer> indexes = java.util.stream.IntStream.range(0, rows.size()).boxed().toList();
		List<Map<String, Object>> groups = UnitGroups.sections(indexes, i -> site.readiness().get(i).useCase(), rows::get, "rows");
		return Map.of("dimensions", List.of(Dimension.values()).stream().map(ReadinessBoard::heading).toList(), "rows", rows, "groups", groups, "totals", totals);
	}

	static Map<String, Object> cell(DimensionReadiness dimension) {
		// Why a dimension is ready is shown on hover only; each gap is spelled out with its level.
		return Map.of("dimension", heading(dimension.dimension()), "status", Text.readiness(dimension.readiness()), "css",
				Text.readinessCss(dimension.readiness()), "title", String.join("; ", dimension.reasons()), "gaps",
				dimension.gaps().stream().map(ReadinessBoard::gap).toList());
	}

	/** What would make the use case ready, most serious first: each action with the level of the gap it closes. */
	static List<Map<String, Object>> actions(UseCaseReadiness readiness) {
		List<Map<String, Object>> actions = new ArrayList<>();
		List<String> seen = new ArrayList<>();
		for (ReadinessGap gap : readiness.gaps()) {
			if (!seen.contains(gap.action())) {
				seen.add(gap.action());
				actions.add(Map.of("action", gap.action(), "level", Text.readiness(gap.level()), "css", Text.readinessCss(gap.level())));
			}
		}
		return actions;
	}

	private static Map<String, Object> gap(ReadinessGap gap) {
		return Map.of("level", Text.readiness(gap.level()), "css", Text.readinessCss(gap.level()), "reason", gap.reason());
	}

	static String heading(Dimension dimension) {
		return switch (dimension) {
		case DATA -> "Data";
		case SKILLS -> "Skills";
		case CAPABILITIES -> "Capabilities";
		case VENDORS -> "Vendors";
		case ETHICS_REVIEW -> "Ethics review";
		case CONTROLS -> "Controls";
		};
	}
}
