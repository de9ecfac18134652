package io.stratagem.roadmap.risk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import io.stratagem.model.Risk;
import io.stratagem.model.RiskRating;
import io.stratagem.model.RiskStatus;

/**
 * Scores risks (likelihood x impact, each 1-5), counts them in 5x5 heat maps and picks the top
 * risks. Closed risks are scored but left out of the heat maps and the top list: they no longer
 * expose the organisation. A rating outside 1-5 is reported and not scored.
 */
public class RiskService {

	public RiskProfile profile(Collection<Risk> risks) {
		List<RiskScore> scores = new ArrayList<>();
		List<RatingProblem> problems = new ArrayList<>();
		int[] inherent = new int[HeatMap.SIZE * HeatMap.SIZE];
		int[] residual = new int[HeatMap.SIZE * HeatMap.SIZE];
		for (Risk risk : risks) {
			Integer inherentScore = score(risk, risk.getInherent(), "inherent", problems);
			Integer residualScore = score(risk, risk.getResidual(), "residual", problems);
			scores.add(new RiskScore(risk, inherentScore, residualScore));
			if (risk.getStatus() != RiskStatus.CLOSED) {
				count(inherent, risk.getInherent(), inherentScore);
				count(residual, risk.getResidual(), residualScore);
			}
		}
		return new RiskProfile(scores, heatMap(inherent), heatMap(residual), problems);
	}

	/**
	 * The {@code n} open risks with the highest exposure (residual score, else inherent), ties broken
	 * by inherent score, then name, then the order given. Risks with no valid rating are left out.
	 */
	public List<RiskScore> top(Collection<Risk> risks, int n) {
		record Indexed(int index, RiskScore score) {
		}
		List<RiskScore> scores = profile(risks).scores();
		List<Indexed> candidates = new ArrayList<>();
		for (int i = 0; i < scores.size(); i++) {
			RiskScore score = scores.get(i);
			if (score.exposure() != null && score.risk().getStatus() != RiskStatus.CLOSED) {
				candidates.add(new Indexed(i, score));
			}
		}
		candidates.sort(Comparator.comparing((Indexed c) -> c.score().exposure(), Comparator.reverseOrder())
				.thenComparing(c -> c.score().inherent(), Comparator.nullsLast(Comparator.reverseOrder()))
				.thenComparing(c -> c.score().risk().getName(), Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparingInt(Indexed::index));
		return candidates.stream().limit(n).map(Indexed::score).toList();
	}

	private static Integer score(Risk risk, RiskRating rating, String kind, List<RatingProblem> problems) {
		if (rating == null) {
			problems.add(new RatingProblem(risk, risk.getName() + " has no " + kind + " rating"));
			return null;
		}
		if (!inRange(rating.getLikelihood()) || !inRange(rating.getImpact())) {
			problems.add(new RatingProblem(risk, risk.getName() + ": " + kind + " likelihood " + rating.getLikelihood() + " and impact "
					+ rating.getImpact() + " must both be 1 to 5"));
			return null;
		}
		return rating.getLikelihood() * rating.getImpact();
	}

	private static boolean inRange(int value) {
		return value >= 1 && value <= HeatMap.SIZE;
	}

	private static void count(int[] cells, RiskRating rating, Integer score) {
		if (score != null) {
			cells[(rating.getLikelihood() - 1) * HeatMap.SIZE + rating.getImpact() - 1]++;
		}
	}

	private static HeatMap heatMap(int[] cells) {
		List<Integer> list = new ArrayList<>();
		for (int cell : cells) {
			list.add(cell);
		}
		return new HeatMap(list);
	}
}
