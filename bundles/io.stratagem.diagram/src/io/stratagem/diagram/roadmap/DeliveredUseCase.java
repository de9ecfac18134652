package io.stratagem.diagram.roadmap;

/** A use case an initiative delivers, shown on its bar. */
public record DeliveredUseCase(String id, String label) {
}
