package io.stratagem.roadmap.risk;

import java.util.List;

/**
 * Counts of risks per cell of the 5x5 likelihood/impact matrix.
 *
 * @param cells 25 counts, row by row: likelihood 1 impact 1..5, then likelihood 2, and so on
 */
public record HeatMap(List<Integer> cells) {

	public static final int SIZE = 5;

	/** The words of the likelihood scale, 1 to 5, as the heat maps label their columns. */
	public static final List<String> LIKELIHOOD_WORDS = List.of("rare", "unlikely", "possible", "likely", "almost certain");

	/** The words of the impact scale, 1 to 5, as the heat maps label their rows. */
	public static final List<String> IMPACT_WORDS = List.of("negligible", "minor", "moderate", "major", "severe");

	public HeatMap {
		if (cells.size() != SIZE * SIZE) {
			throw new IllegalArgumentException("a heat map has " + SIZE * SIZE + " cells, not " + cells.size());
		}
		cells = List.copyOf(cells);
	}

	/** Risks rated with this likelihood and impact, each 1 to 5. */
	public int count(int likelihood, int impact) {
		return cells.get((likelihood - 1) * SIZE + impact - 1);
	}

	/** Risks in the map. */
	public int total() {
		return cells.stream().mapToInt(Integer::intValue).sum();
	}
}
