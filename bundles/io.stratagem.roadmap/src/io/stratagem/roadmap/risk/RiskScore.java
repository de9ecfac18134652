package io.stratagem.roadmap.risk;

import io.stratagem.model.Risk;

/**
 * The scores of one risk: likelihood x impact, 1 to 25.
 *
 * @param inherent the score before controls, or {@code null} when the rating is missing or invalid
 * @param residual the score after controls, or {@code null} when the rating is missing or invalid
 */
public record RiskScore(Risk risk, Integer inherent, Integer residual) {

	/**
	 * The score the risk is ranked by: residual, or inherent while no residual rating exists (an
	 * untreated risk keeps its inherent exposure); {@code null} when neither is known.
	 */
	public Integer exposure() {
		return residual != null ? residual : inherent;
	}
}
