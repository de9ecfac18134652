package io.stratagem.roadmap.capacity;

import java.util.List;

/**
 * Effort against capacity, per team and quarter.
 *
 * @param loads           by team name (initiatives with no team last), then quarter
 * @param overAllocations the loads that exceed their team's capacity, in the same order
 * @param notes           effort that could not be counted or compared, in the order found
 */
public record CapacityPlan(List<TeamQuarterLoad> loads, List<TeamQuarterLoad> overAllocations, List<CapacityNote> notes) {

	public CapacityPlan {
		loads = List.copyOf(loads);
		overAllocations = List.copyOf(overAllocations);
		notes = List.copyOf(notes);
	}
}
