package io.stratagem.roadmap.readiness;

import java.util.List;

/**
 * The readiness of one aspect of a use case.
 *
 * @param readiness the worst level of its gaps, {@link Readiness#READY} when it has none
 * @param gaps      what keeps it from being ready, in the order found; empty when ready
 * @param whyReady  one sentence saying why it is ready, for when it has no gap
 */
public record DimensionReadiness(Dimension dimension, Readiness readiness, List<ReadinessGap> gaps, String whyReady) {

	public DimensionReadiness {
		gaps = List.copyOf(gaps);
	}

	/** The reasons of the gaps, in order; when ready, the one sentence saying why. */
	public List<String> reasons() {
		return gaps.isEmpty() ? List.of(whyReady) : gaps.stream().map(ReadinessGap::reason).toList();
	}
}
