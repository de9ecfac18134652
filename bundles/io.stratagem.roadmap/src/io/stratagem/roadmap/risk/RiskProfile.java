package io.stratagem.roadmap.risk;

import java.util.List;

/**
 * Scores and heat maps of a set of risks.
 *
 * @param scores   every risk, in the order given
 * @param inherent inherent ratings of open risks (every status but closed)
 * @param residual residual ratings of open risks
 * @param problems missing or out-of-range ratings, in the order found
 */
public record RiskProfile(List<RiskScore> scores, HeatMap inherent, HeatMap residual, List<RatingProblem> problems) {

	public RiskProfile {
		scores = List.copyOf(scores);
		problems = List.copyOf(problems);
	}
}
