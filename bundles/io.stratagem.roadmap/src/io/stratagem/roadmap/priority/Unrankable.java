package io.stratagem.roadmap.priority;

import io.stratagem.model.UseCase;

/** A use case that a method cannot score, with the reason (which inputs are missing or invalid). */
public record Unrankable(UseCase useCase, String reason) {
}
