package io.stratagem.diagram.roadmap;

import java.util.List;

import io.stratagem.workspace.report.Finding;

/** An initiative or milestone that has no place on the timeline, and why. */
public record UnscheduledItem(String id, String label, String reason, List<Finding> markers) {

	public UnscheduledItem {
		markers = List.copyOf(markers);
	}
}
