package io.stratagem.roadmap.priority;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import io.stratagem.model.Priority;
import io.stratagem.model.UseCase;

/**
 * Scores and ranks use cases from their {@link Priority} inputs.
 *
 * <ul>
 * <li>WSJF = (business value + time criticality + risk reduction) / effort; the numerator is the
 * cost of delay.</li>
 * <li>RICE = reach x impact x (confidence / 100) / effort; confidence is written in percent.</li>
 * <li>Divisions use 16 significant digits ({@link MathContext#DECIMAL64}).</li>
 * <li>A use case missing any input of a method, or with an effort that is not positive, is not
 * ranked by that method and is listed with the reason: a guessed default would rank it
 * silently.</li>
 * <li>Ties are broken by name, then by the order the use cases were given, so every rank 1..n is
 * used exactly once and the same model always gives the same ranking.</li>
 * </ul>
 */
public class PriorityService {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
	private static final BigDecimal TWO = BigDecimal.valueOf(2);

	/** Ranks the use cases by both methods and places them in the value/effort matrix. */
	public Prioritisation prioritise(Collection<UseCase> useCases) {
		Ranking wsjf = rank(Method.WSJF, useCases);
		return new Prioritisation(wsjf, rank(Method.RICE, useCases), matrix(wsjf));
	}

	/** Ranks the use cases by one method. */
	public Ranking rank(Method method, Collection<UseCase> useCases) {
		record Scored(int index, UseCase useCase, BigDecimal score) {
		}
		List<Scored> scored = new ArrayList<>();
		List<Unrankable> unrankable = new ArrayList<>();
		int index = 0;
		for (UseCase useCase : useCases) {
			String problem = problem(method, useCase.getPriority());
			if (problem != null) {
				unrankable.add(new Unrankable(useCase, problem));
			} else {
				scored.add(new Scored(index, useCase, score(method, useCase.getPriority())));
			}
			index++;
		}
		scored.sort(Comparator.comparing(Scored::score, Comparator.<BigDecimal>reverseOrder())
				.thenComparing(s -> s.useCase().getName(), Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparingInt(Scored::index));
		List<RankedUseCase> ranked = new ArrayList<>();
		for (Scored s : scored) {
			ranked.add(new RankedUseCase(ranked.size() + 1, s.useCase(), s.score()));
		}
		return new Ranking(method, ranked, unrankable);
	}

	/** The cost of delay: business value + time criticality + risk reduction. */
	public BigDecimal costOfDelay(Priority priority) {
		return priority.getBusinessValue().add(priority.getTimeCriticality()).add(priority.getRiskReduction());
	}

	private BigDecimal score(Method method, Priority p) {
		if (method == Method.WSJF) {
			return costOfDelay(p).divide(p.getEffort(), MathContext.DECIMAL64);
		}
		return p.getReach().multiply(p.getImpact()).multiply(p.getConfidence()).divide(HUNDRED.multiply(p.getEffort()), MathContext.DECIMAL64);
	}

	/** Why the method cannot score these inputs, or {@code null} when it can. */
	private static String problem(Method method, Priority p) {
		if (p == null) {
			return "no priority inputs";
		}
		List<String> missing = new ArrayList<>();
		if (method == Method.WSJF) {
			addIfMissing(missing, p.getBusinessValue(), "business value");
			addIfMissing(missing, p.getTimeCriticality(), "time criticality");
			addIfMissing(missing, p.getRiskReduction(), "risk reduction");
		} else {
			addIfMissing(missing, p.getReach(), "reach");
			addIfMissing(missing, p.getImpact(), "impact");
			addIfMissing(missing, p.getConfidence(), "confidence");
		}
		addIfMissing(missing, p.getEffort(), "effort");
		if (!missing.isEmpty()) {
			return "missing " + String.join(", ", missing);
		}
		if (p.getEffort().signum() <= 0) {
			return "effort must be greater than zero, not " + p.getEffort().toPlainString();
		}
		return null;
	}

	private static void addIfMissing(List<String> missing, BigDecimal value, String name) {
		if (value == null) {
			missing.add(name);
		}
	}

	private ValueEffortMatrix matrix(Ranking wsjf) {
		if (wsjf.ranked().isEmpty()) {
			return new ValueEffortMatrix(null, null, List.of(), wsjf.unrankable());
		}
		List<BigDecimal> values = new ArrayList<>();
		List<BigDecimal> efforts = new ArrayList<>();
		for (RankedUseCase r : wsjf.ranked()) {
			values.add(costOfDelay(r.useCase().getPriority()));
			efforts.add(r.useCase().getPriority().getEffort());
		}
		BigDecimal valueThreshold = median(values);
		BigDecimal effortThreshold = median(efforts);
		List<QuadrantPlacement> placements = new ArrayList<>();
		for (RankedUseCase r : wsjf.ranked()) {
			BigDecimal value = costOfDelay(r.useCase().getPriority());
			BigDecimal effort = r.useCase().getPriority().getEffort();
			boolean highValue = value.compareTo(valueThreshold) >= 0;
			boolean highEffort = effort.compareTo(effortThreshold) > 0;
			Quadrant quadrant = highValue ? (highEffort ? Quadrant.MAJOR_PROJECT : Quadrant.QUICK_WIN)
					: (highEffort ? Quadrant.THANKLESS_TASK : Quadrant.FILL_IN);
			placements.add(new QuadrantPlacement(r.useCase(), value, effort, quadrant));
		}
		return new ValueEffortMatrix(valueThreshold, effortThreshold, placements, wsjf.unrankable());
	}

	/** The middle value, or the mean of the two middle values of an even count. */
	static BigDecimal median(List<BigDecimal> values) {
		List<BigDecimal> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		if (n % 2 == 1) {
			return sorted.get(n / 2);
		}
		return sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(TWO, MathContext.DECIMAL64);
	}
}
