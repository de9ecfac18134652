package io.stratagem.roadmap.tests;

import static io.stratagem.roadmap.tests.Models.FACTORY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.stratagem.model.Priority;
import io.stratagem.model.UseCase;
import io.stratagem.roadmap.priority.Prioritisation;
import io.stratagem.roadmap.priority.PriorityService;
import io.stratagem.roadmap.priority.Quadrant;
import io.stratagem.roadmap.priority.QuadrantPlacement;
import io.stratagem.roadmap.priority.RankedUseCase;
import io.stratagem.roadmap.priority.Ranking;
import io.stratagem.roadmap.priority.Unrankable;

/** WSJF and RICE scores, ranks with ties, and the value/effort quadrant, computed by hand. */
class PriorityServiceTest {

	private final PriorityService service = new PriorityService();

	/*
	 * name    value crit risk effort | cost of delay  WSJF | reach impact conf  RICE
	 * Zeta      1     1    1     1   |      3           3  |
	 * Beta     13     8    3     8   |     24           3  |  500    3     50   93.75
	 * Alpha     8     5    3     2   |     16           8  | 1000    2     80   800
	 * Eta       2     1    1     5   |      4         0.8  |
	 * Gamma     5     2    1     1   |      8           8  | 2000  0.5    100   1000
	 * Delta   (no priority)
	 * Epsilon   3     1    1     0   |
	 */
	private final UseCase zeta = useCase("Zeta", "1", "1", "1", "1", null, null, null);
	private final UseCase beta = useCase("Beta", "13", "8", "3", "8", "500", "3", "50");
	private final UseCase alpha = useCase("Alpha", "8", "5", "3", "2", "1000", "2", "80");
	private final UseCase eta = useCase("Eta", "2", "1", "1", "5", null, null, null);
	private final UseCase gamma = useCase("Gamma", "5", "2", "1", "1", "2000", "0.5", "100");
	private final UseCase delta = named("Delta");
	private final UseCase epsilon = useCase("Epsilon", "3", "1", "1", "0", null, null, null);
	private final List<UseCase> portfolio = List.of(zeta, beta, alpha, eta, gamma, delta, epsilon);

	@Test
	void wsjfRanksByScoreThenName() {
		Ranking wsjf = service.prioritise(portfolio).wsjf();
		assertRanking(wsjf, List.of(alpha, gamma, beta, zeta, eta), List.of("8", "8", "3", "3", "0.8"));
		assertEquals(List.of(new Unrankable(delta, "no priority inputs"), new Unrankable(epsilon, "effort must be greater than zero, not 0")),
				wsjf.unrankable());
	}

	@Test
	void riceUsesConfidenceAsAPercentage() {
		Ranking rice = service.prioritise(portfolio).rice();
		assertRanking(rice, List.of(gamma, alpha, beta), List.of("1000", "800", "93.75"));
		assertEquals(List.of(new Unrankable(zeta, "missing reach, impact, confidence"), new Unrankable(eta, "missing reach, impact, confidence"),
				new Unrankable(delta, "no priority inputs"), new Unrankable(epsilon, "missing reach, impact, confidence")), rice.unrankable());
	}

	@Test
	void missingInputsAreNamed() {
		UseCase partial = named("Partial");
		Priority priority = FACTORY.createPriority();
		priority.setBusinessValue(BigDecimal.ONE);
		partial.setPriority(priority);
		assertEquals(List.of(new Unrankable(partial, "missing time criticality, risk reduction, effort")),
				service.prioritise(List.of(partial)).wsjf().unrankable());
	}

	/** Values 3, 4, 8, 16, 24: median 8. Efforts 1, 1, 2, 5, 8: median 2. */
	@Test
	void quadrantSplitsAtTheMedians() {
		Prioritisation prioritisation = service.prioritise(portfolio);
		assertEquals(0, new BigDecimal("8").compareTo(prioritisation.matrix().valueThreshold()));
		assertEquals(0, new BigDecimal("2").compareTo(prioritisation.matrix().effortThreshold()));
		assertEquals(List.of(alpha, gamma, beta, zeta, eta), prioritisation.matrix().placements().stream().map(QuadrantPlacement::useCase).toList());
		assertEquals(List.of(Quadrant.QUICK_WIN, Quadrant.QUICK_WIN, Quadrant.MAJOR_PROJECT, Quadrant.FILL_IN, Quadrant.THANKLESS_TASK),
				prioritisation.matrix().placements().stream().map(QuadrantPlacement::quadrant).toList());
		assertEquals(List.of(delta, epsilon), prioritisation.matrix().unplaced().stream().map(Unrankable::useCase).toList());
	}

	@Test
	void evenCountMedianIsTheMeanOfTheMiddleTwo() {
		Prioritisation prioritisation = service.prioritise(List.of(zeta, beta, alpha, eta));
		assertEquals(0, new BigDecimal("10").compareTo(prioritisation.matrix().valueThreshold()));
		assertEquals(0, new BigDecimal("3.5").compareTo(prioritisation.matrix().effortThreshold()));
	}

	@Test
	void equalScoresAndNamesKeepInputOrder() {
		UseCase first = useCase("Same", "1", "1", "1", "1", null, null, null);
		UseCase second = useCase("Same", "2", "1", "0", "1", null, null, null);
		assertEquals(List.of(first, second), service.prioritise(List.of(first, second)).wsjf().ranked().stream().map(RankedUseCase::useCase).toList());
		assertEquals(List.of(second, first), service.prioritise(List.of(second, first)).wsjf().ranked().stream().map(RankedUseCase::useCase).toList());
	}

	@Test
	void emptyPortfolio() {
		Prioritisation prioritisation = service.prioritise(List.of());
		assertEquals(List.of(), prioritisation.wsjf().ranked());
		assertEquals(null, prioritisation.matrix().valueThreshold());
	}

	private static void assertRanking(Ranking ranking, List<UseCase> order, List<String> scores) {
		assertEquals(order.stream().map(UseCase::getName).toList(), ranking.ranked().stream().map(r -> r.useCase().getName()).toList());
		for (int i = 0; i < order.size(); i++) {
			RankedUseCase r = ranking.ranked().get(i);
			assertEquals(i + 1, r.rank());
			assertEquals(0, new BigDecimal(scores.get(i)).compareTo(r.score()), r.useCase().getName() + " scores " + r.score());
		}
	}

	private static UseCase named(String name) {
		UseCase useCase = FACTORY.createUseCase();
		useCase.setName(name);
		return useCase;
	}

	private static UseCase useCase(String name, String value, String criticality, String riskReduction, String effort, String reach, String impact,
			String confidence) {
		UseCase useCase = named(name);
		Priority priority = FACTORY.createPriority();
		priority.setBusinessValue(decimal(value));
		priority.setTimeCriticality(decimal(criticality));
		priority.setRiskReduction(decimal(riskReduction));
		priority.setEffort(decimal(effort));
		priority.setReach(decimal(reach));
		priority.setImpact(decimal(impact));
		priority.setConfidence(decimal(confidence));
		useCase.setPriority(priority);
		return useCase;
	}

	private static BigDecimal decimal(String text) {
		return text == null ? null : new BigDecimal(text);
	}
}
