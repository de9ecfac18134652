package io.stratagem.roadmap.capacity;

import io.stratagem.model.NamedElement;

/** Why some effort is not compared with a capacity: an initiative or a team, and the reason. */
public record CapacityNote(NamedElement element, String message) {
}
