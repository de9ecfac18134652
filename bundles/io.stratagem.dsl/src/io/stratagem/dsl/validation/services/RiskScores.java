/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation.services;

import com.google.inject.Singleton;

import io.stratagem.model.RiskRating;

/** Risk scores on the 5 x 5 scale: likelihood times impact. */
@Singleton
public class RiskScores {

	public static final int MIN = 1;
	public static final int MAX = 5;

	/** Likelihood x impact, or null without a rating. */
	public Integer score(RiskRating rating) {
		return rating == null ? null : rating.getLikelihood() * rating.getImpact();
	}

	/** True when a value is on the 1-5 scale. */
	public boolean onScale(int value) {
		return value >= MIN && value <= MAX;
	}
}
