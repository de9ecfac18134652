package io.stratagem.roadmap.readiness;

import java.util.Comparator;
import java.util.LinkedHashSet;
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

	/** Every gap of every dimension, the most serious first, otherwise in dimension order. */
	public List<ReadinessGap> gaps() {
		return dimensions.stream().flatMap(d -> d.gaps().stream()).sorted(Comparator.comparing(ReadinessGap::level).reversed()).toList();
	}

	/**
	 * What would make the use case ready: the action of every gap, blockers first, each once. Empty
	 * when it is ready.
	 */
	public List<String> actions() {
		return List.copyOf(new LinkedHashSet<>(gaps().stream().map(ReadinessGap::action).toList()));
	}
}
