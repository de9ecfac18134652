package io.stratagem.dsl.tests.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.stratagem.dsl.validation.services.RiskScores;
import io.stratagem.model.RiskRating;
import io.stratagem.model.StratagemFactory;

class RiskScoresTest {

	private final RiskScores scores = new RiskScores();

	@Test
	void scoreIsLikelihoodTimesImpact() {
		RiskRating rating = StratagemFactory.eINSTANCE.createRiskRating();
		rating.setLikelihood(3);
		rating.setImpact(4);
		assertEquals(12, scores.score(rating));
		assertNull(scores.score(null));
	}

	@Test
	void scaleIsOneToFive() {
		assertTrue(scores.onScale(1));
		assertTrue(scores.onScale(5));
		assertFalse(scores.onScale(0));
		assertFalse(scores.onScale(6));
	}
}
