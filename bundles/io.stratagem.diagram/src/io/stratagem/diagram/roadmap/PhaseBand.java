package io.stratagem.diagram.roadmap;

import java.util.List;

import io.stratagem.diagram.Bounds;
import io.stratagem.workspace.report.Finding;

/**
 * A horizontal band holding the rows of one phase, or of the initiatives and milestones placed
 * directly in the roadmap.
 *
 * @param id      qualified name of the phase, or {@code null} for the band of elements directly in
 *                the roadmap
 * @param span    the phase's dates as written, e.g. {@code 2027-Q1 to 2027-Q4}; empty when it has none
 * @param bounds  the whole band, label column included
 * @param dates   the part of the timeline between the phase's start and end, or {@code null} when
 *                the phase has no complete date span
 */
public record PhaseBand(String id, String label, String span, Bounds bounds, Bounds dates, List<Finding> markers) {

	public PhaseBand {
		markers = List.copyOf(markers);
	}
}
