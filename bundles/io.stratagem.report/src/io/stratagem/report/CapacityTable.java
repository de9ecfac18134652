package io.stratagem.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.stratagem.roadmap.ModelElements;
import io.stratagem.model.Team;
import io.stratagem.roadmap.capacity.CapacityPlan;
import io.stratagem.roadmap.capacity.CapacityService;
import io.stratagem.roadmap.capacity.TeamQuarterLoad;
import io.stratagem.roadmap.schedule.Schedule;

/** Effort against capacity on the roadmap page: a row per team, a column per quarter, over-allocation in red. */
final class CapacityTable {

	private CapacityTable() {
	}

	static Map<String, Object> view(Schedule schedule) {
		if (schedule == null) {
			return Map.of("quarters", List.of(), "teams", List.of(), "notes", List.of());
		}
		CapacityPlan plan = new CapacityService().plan(schedule);
		TreeSet<String> quarters = new TreeSet<>();
		Map<Team, Map<String, TeamQuarterLoad>> byTeam = new LinkedHashMap<>();
		for (TeamQuarterLoad load : plan.loads()) {
			quarters.add(load.quarter().toString());
			byTeam.computeIfAbsent(load.team(), t -> new HashMap<>()).put(load.quarter().toString(), load);
		}
		List<Map<String, Object>> teams = new ArrayList<>();
		byTeam.forEach((team, loads) -> {
			List<Map<String, Object>> cells = new ArrayList<>();
			for (String quarter : quarters) {
				TeamQuarterLoad load = loads.get(quarter);
				cells.add(load == null ? Map.of("text", "", "css", "")
						: Map.of("text", Text.decimal(load.load()) + (load.capacity() == null ? "" : " / " + Text.decimal(load.capacity())), "css",
								load.overAllocated() ? "rag red" : ""));
			}
			teams.add(Map.of("label", team == null ? "No team" : ModelElements.label(team), "cells", cells));
		});
		List<Map<String, Object>> notes = plan.notes().stream()
				.map(n -> Map.<String, Object>of("element", n.element() == null ? "" : ModelElements.label(n.element()), "message", n.message())).toList();
		return Map.of("quarters", List.copyOf(quarters), "teams", teams, "notes", notes, "overAllocations", plan.overAllocations().size());
	}
}
