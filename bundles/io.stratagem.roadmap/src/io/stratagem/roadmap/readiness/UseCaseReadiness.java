package io.stratagem.roadmap.readiness;

import java.util.List;

import io.stratagem.model.UseCase;

/** The readiness of a use case in every {@link Dimension}, in the enum's order. */
public record UseCaseReadiness(UseCase useCase, List<DimensionReadiness> dimensions) {

	public UseCaseReadiness {
		dimensions = List.copyOf(dimensions);
	}

	public DimensionReadiness of(Dimension dimension) {
		return dimensions.stream().filter(d -> d.dimension() == dimension).findFirst().orElseThrow();
	}

	/** The worst readiness of all dimensions. */
	public Readiness overall() {
		return dimensions.stream().map(DimensionReadiness::readiness).reduce(Readiness.READY, Readiness::worst);
	}
}
