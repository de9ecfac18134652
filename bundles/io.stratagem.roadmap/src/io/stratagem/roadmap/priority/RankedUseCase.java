package io.stratagem.roadmap.priority;

import java.math.BigDecimal;

import io.stratagem.model.UseCase;

/** A use case's place in a ranking: rank 1 is the highest score; ranks are never shared. */
public record RankedUseCase(int rank, UseCase useCase, BigDecimal score) {
}
