package io.stratagem.roadmap.priority;

import java.util.List;

/**
 * The use cases ranked by one method, best first, and those the method cannot score.
 *
 * @param ranked     ranks 1..n in order: by score descending, then by name, then by input order
 * @param unrankable in input order
 */
public record Ranking(Method method, List<RankedUseCase> ranked, List<Unrankable> unrankable) {

	public Ranking {
		ranked = List.copyOf(ranked);
		unrankable = List.copyOf(unrankable);
	}
}
