package io.stratagem.roadmap.schedule;

import io.stratagem.model.NamedElement;

/**
 * A conflict found while scheduling: the element it is about (an initiative or a milestone), its
 * kind and a message naming the dates involved.
 */
public record ScheduleConflict(NamedElement element, ConflictKind kind, String message) {
}
