/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation.services;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.stratagem.model.Roadmap;
import io.stratagem.model.Team;
import io.stratagem.roadmap.capacity.CapacityPlan;
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

	private static final String CAPACITY_KEY = KEY + ".capacity";

	private static final String OVER_ALLOCATIONS = KEY + ".overAllocations";

	private RoadmapSchedules() {
	}

	/** The schedule of {@code roadmap}, a roadmap of {@code index}. */
	public static Schedule of(Roadmap roadmap, ModelIndex index) {
		Map<Roadmap, Schedule> schedules = index.derived(KEY, i -> new ConcurrentHashMap<>());
		return schedules.computeIfAbsent(roadmap, SCHEDULES::schedule);
	}

	/** The capacity plan of {@code roadmap}'s schedule (the generated capacity page's), computed once per model snapshot. */
	public static CapacityPlan capacity(Roadmap roadmap, ModelIndex index) {
		Map<Roadmap, CapacityPlan> plans = index.derived(CAPACITY_KEY, i -> new ConcurrentHashMap<>());
		return plans.computeIfAbsent(roadmap, r -> CAPACITIES.plan(of(r, index)));
	}

	/**
	 * The over-allocated quarters of {@code team} in {@link #capacity}, in the plan's order, grouped
	 * by team once per roadmap and snapshot: the rule asks for every team, and scanning the plan once
	 * per team was a quarter to a half of validating 100k elements.
	 */
	public static List<TeamQuarterLoad> overAllocations(Roadmap roadmap, Team team, ModelIndex index) {
		Map<Roadmap, Map<Team, List<TeamQuarterLoad>>> byTeam = index.derived(OVER_ALLOCATIONS, i -> new ConcurrentHashMap<>());
		return byTeam.computeIfAbsent(roadmap, r -> capacity(r, index).overAllocations().stream().collect(Collectors.groupingBy(TeamQuarterLoad::team)))
				.getOrDefault(team, List.of());
	}
}
