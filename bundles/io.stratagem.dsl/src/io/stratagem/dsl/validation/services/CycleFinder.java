/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation.services;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import com.google.inject.Singleton;

import io.stratagem.roadmap.Cycles;
import io.stratagem.roadmap.Cycles.Cycle;

/** Finds cycles in a directed graph given by a successor function (refinement, dependencies, lineage). */
@Singleton
public class CycleFinder {

	/**
	 * The cycle to report on {@code element}: among all elements of {@code type} in the model, the
	 * cycle (strongly connected component) whose first member in file order is {@code element},
	 * or null. The cycles of a graph are found once per model snapshot ({@link ModelIndex#derived}),
	 * in linear time and constant stack ({@link Cycles}), so a cycle of n elements is one finding
	 * and validating a chain of n elements takes time linear in n. {@code graph} names the
	 * successor function (one key per kind of reference).
	 */
	public <T> Cycle<T> cycleReportedOn(T element, ModelIndex index, String graph, Class<T> type,
			Function<? super T, ? extends Iterable<? extends T>> successors) {
		Map<T, Cycle<T>> byFirst = index.derived(CycleFinder.class.getName() + "." + graph, model -> {
			Map<T, Cycle<T>> result = new HashMap<>();
			for (Cycle<T> cycle : Cycles.of(model.all(type), successors)) {
				result.put(cycle.first(), cycle);
			}
			return result;
		});
		return byFirst.get(element);
	}
}
