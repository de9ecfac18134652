/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation.services;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.stratagem.model.Roadmap;
import io.stratagem.roadmap.capacity.CapacityPlan;
import io.stratagem.roadmap.capacity.CapacityService;
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

	private static final String CAPACITY_KEY = RoadmapSchedules.class.getName() + ".capacity";

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
}
