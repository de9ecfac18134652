package io.stratagem.roadmap.readiness;

import java.util.List;

/**
 * The readiness of one aspect of a use case.
 *
 * @param reasons every finding that is at risk or missing, in the order found; when ready, one
 *                sentence saying why
 */
public record DimensionReadiness(Dimension dimension, Readiness readiness, List<String> reasons) {

	public DimensionReadiness {
		reasons = List.copyOf(reasons);
	}
}
