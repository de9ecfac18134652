/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation.services;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
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

	/**
	 * A shortest cycle through {@code start}: the path {@code start, ..., start}, or an empty list
	 * when {@code start} is on no cycle. Null successors are ignored.
	 */
	public <T> List<T> cycleThrough(T start, Function<T, ? extends Iterable<? extends T>> successors) {
		if (start == null) {
			return List.of();
		}
		// breadth-first search from start's successors back to start
		Map<T, T> parent = new HashMap<>();
		Deque<T> queue = new ArrayDeque<>();
		for (T next : successorsOf(start, successors)) {
			if (next == start) {
				return List.of(start, start);
			}
			if (!parent.containsKey(next)) {
				parent.put(next, start);
				queue.add(next);
			}
		}
		while (!queue.isEmpty()) {
			T current = queue.poll();
			for (T next : successorsOf(current, successors)) {
				if (next == start) {
					List<T> path = new ArrayList<>();
					path.add(start);
					for (T node = current; node != start; node = parent.get(node)) {
						path.add(node);
					}
					path.add(start);
					Collections.reverse(path);
					return path;
				}
				if (!parent.containsKey(next)) {
					parent.put(next, current);
					queue.add(next);
				}
			}
		}
		return List.of();
	}

	private static <T> List<T> successorsOf(T node, Function<T, ? extends Iterable<? extends T>> successors) {
		List<T> result = new ArrayList<>();
		Iterable<? extends T> next = successors.apply(node);
		if (next != null) {
			for (Iterator<? extends T> it = next.iterator(); it.hasNext();) {
				T value = it.next();
				if (value != null) {
					result.add(value);
				}
			}
		}
		return result;
	}
}
