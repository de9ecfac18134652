package io.stratagem.roadmap.tests;

import static io.stratagem.roadmap.tests.Models.FACTORY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.stratagem.model.Risk;
import io.stratagem.model.RiskRating;
import io.stratagem.model.RiskStatus;
import io.stratagem.roadmap.risk.HeatMap;
import io.stratagem.roadmap.risk.RatingProblem;
import io.stratagem.roadmap.risk.RiskProfile;
import io.stratagem.roadmap.risk.RiskScore;
import io.stratagem.roadmap.risk.RiskService;

/** Scores, heat map counts and top risks, by hand. */
class RiskServiceTest {

	private final RiskService service = new RiskService();

	//                                           inherent  residual   exposure
	private final Risk bias = risk("Bias", 4, 5, 2, 4); //      20         8          8
	private final Risk leak = risk("Leak", 4, 4, 2, 4); //      16         8          8
	private final Risk outage = risk("Outage", 3, 3, 0, 0); //   9         -          9
	private final Risk old = closed(risk("Old", 5, 5, 5, 5)); // closed
	private final Risk vendor = risk("Vendor", 2, 2, 1, 1); //   4         1          1
	private final Risk bad = risk("Bad", 6, 2, 1, 2); //         -         2          2
	private final Risk alpha = risk("Alpha", 4, 4, 2, 4); //    16         8          8
	private final List<Risk> risks = List.of(bias, leak, outage, old, vendor, bad, alpha);

	@Test
	void scoresAreLikelihoodTimesImpact() {
		RiskProfile profile = service.profile(risks);
		assertEquals(List.of(new RiskScore(bias, 20, 8), new RiskScore(leak, 16, 8), new RiskScore(outage, 9, null), new RiskScore(old, 25, 25),
				new RiskScore(vendor, 4, 1), new RiskScore(bad, null, 2), new RiskScore(alpha, 16, 8)), profile.scores());
		assertEquals(List.of(new RatingProblem(outage, "Outage has no residual rating"),
				new RatingProblem(bad, "Bad: inherent likelihood 6 and impact 2 must both be 1 to 5")), profile.problems());
	}

	@Test
	void heatMapsCountOpenRisksWithValidRatings() {
		RiskProfile profile = service.profile(risks);
		HeatMap inherent = profile.inherent();
		assertEquals(1, inherent.count(4, 5));
		assertEquals(2, inherent.count(4, 4));
		assertEquals(1, inherent.count(3, 3));
		assertEquals(1, inherent.count(2, 2));
		assertEquals(0, inherent.count(5, 5));
		assertEquals(5, inherent.total());
		HeatMap residual = profile.residual();
		assertEquals(3, residual.count(2, 4));
		assertEquals(1, residual.count(1, 1));
		assertEquals(1, residual.count(1, 2));
		assertEquals(0, residual.count(5, 5));
		assertEquals(5, residual.total());
	}

	@Test
	void topRisksByResidualThenInherentThenName() {
		assertEquals(List.of(outage, bias, alpha), service.top(risks, 3).stream().map(RiskScore::risk).toList());
		assertEquals(List.of(outage, bias, alpha, leak, bad, vendor), service.top(risks, 10).stream().map(RiskScore::risk).toList());
	}

	private static Risk closed(Risk risk) {
		risk.setStatus(RiskStatus.CLOSED);
		return risk;
	}

	/** A risk; a residual likelihood of 0 means no residual rating. */
	private static Risk risk(String name, int likelihood, int impact, int residualLikelihood, int residualImpact) {
		Risk risk = FACTORY.createRisk();
		risk.setName(name);
		risk.setStatus(RiskStatus.ASSESSED);
		risk.setInherent(rating(likelihood, impact));
		if (residualLikelihood > 0) {
			risk.setResidual(rating(residualLikelihood, residualImpact));
		}
		return risk;
	}

	private static RiskRating rating(int likelihood, int impact) {
		RiskRating rating = FACTORY.createRiskRating();
		rating.setLikelihood(likelihood);
		rating.setImpact(impact);
		return rating;
	}
}
