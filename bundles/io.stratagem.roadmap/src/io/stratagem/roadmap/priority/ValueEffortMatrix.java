package io.stratagem.roadmap.priority;

import java.math.BigDecimal;
import java.util.List;

/**
 * The value/effort quadrant of a portfolio. The thresholds are the medians of the placed use cases,
 * so the matrix splits the portfolio itself rather than an absolute scale: value at or above the
 * value median is high; effort above the effort median is high.
 *
 * @param valueThreshold  median cost of delay, or {@code null} when no use case can be placed
 * @param effortThreshold median effort, or {@code null} when no use case can be placed
 * @param placements      in WSJF rank order
 * @param unplaced        use cases without the WSJF inputs, with the reason
 */
public record ValueEffortMatrix(BigDecimal valueThreshold, BigDecimal effortThreshold, List<QuadrantPlacement> placements,
		List<Unrankable> unplaced) {

	public ValueEffortMatrix {
		placements = List.copyOf(placements);
		unplaced = List.copyOf(unplaced);
	}
}
