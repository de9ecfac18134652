package io.stratagem.roadmap.risk;

import io.stratagem.model.Risk;

/** Why a rating of a risk cannot be scored or placed in a heat map. */
public record RatingProblem(Risk risk, String message) {
}
