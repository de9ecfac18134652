package io.stratagem.diagram.roadmap;

import java.time.LocalDate;
import java.util.List;

import io.stratagem.diagram.Point;
import io.stratagem.workspace.report.Finding;

/**
 * A milestone drawn as a diamond at the end of its due day.
 *
 * @param met whether every initiative it waits for finishes by the due day
 */
public record MilestoneMark(String id, String label, String phaseId, LocalDate due, boolean met, int row, Point centre, List<Finding> markers) {

	/** Half the diagonal of the diamond, in pixels. */
	public static final double RADIUS = 7;

	public MilestoneMark {
		markers = List.copyOf(markers);
	}
}
