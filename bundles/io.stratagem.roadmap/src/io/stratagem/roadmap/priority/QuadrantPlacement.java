package io.stratagem.roadmap.priority;

import java.math.BigDecimal;

import io.stratagem.model.UseCase;

/** A use case in the value/effort matrix: value is its cost of delay, effort its WSJF job size. */
public record QuadrantPlacement(UseCase useCase, BigDecimal value, BigDecimal effort, Quadrant quadrant) {
}
