/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation.services;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.stratagem.model.Roadmap;
import io.stratagem.model.Team;
import io.stratagem.roadmap.capacity.CapacityService;
import io.stratagem.roadmap.capacity.TeamQuarterLoad;
import io.stratagem.roadmap.schedule.Schedule;
import io.stratagem.roadmap.schedule.ScheduleService;

/**
 * The roadmap engine's schedule of a roadmap (the one the generated site shows), computed once per
 * model snapshot and shared by the rules that judge scheduled dates.
 */
public final class RoadmapSchedules {

	private static final ScheduleService SCHEDULES = new ScheduleService();

	private static final CapacityService CAPACITIES = new CapacityService();

	private static final String KEY = RoadmapSchedules.class.getName();

	private static final String OVER_ALLOCATIONS_KEY = KEY + ".overAllocations";

	private RoadmapSchedules() {
	}

	/** The schedule of {@code roadmap}, a roadmap of {@code index}. */
	public static Schedule of(Roadmap roadmap, ModelIndex index) {
		Map<Roadmap, Schedule> schedules = index.derived(KEY, i -> new ConcurrentHashMap<>());
		return schedules.computeIfAbsent(roadmap, SCHEDULES::schedule);
	}

	/**
	 * The over-allocated quarters of the capacity plan of {@code roadmap}'s schedule, by team in the
	 * plan's order: computed once per roadmap and snapshot, where each team's rule asking for the
	 * whole plan made it quadratic (1,200 teams x 63,000 initiatives at a million elements).
	 */
	public static Map<Team, List<TeamQuarterLoad>> overAllocations(Roadmap roadmap, ModelIndex index) {
		Map<Roadmap, Map<Team, List<TeamQuarterLoad>>> plans = index.derived(OVER_ALLOCATIONS_KEY, i -> new ConcurrentHashMap<>());
		return plans.computeIfAbsent(roadmap, r -> {
			Map<Team, List<TeamQuarterLoad>> byTeam = new LinkedHashMap<>();
			for (TeamQuarterLoad load : CAPACITIES.plan(of(r, index)).overAllocations()) {
				byTeam.computeIfAbsent(load.team(), t -> new ArrayList<>()).add(load);
			}
			return byTeam;
		});
	}
}
