/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;

import io.stratagem.diagram.Markers;
import io.stratagem.diagram.roadmap.RoadmapDiagram;
import io.stratagem.diagram.roadmap.RoadmapLayout;
import io.stratagem.diagram.strategy.GraphFilter;
import io.stratagem.diagram.strategy.StrategyGraph;
import io.stratagem.diagram.strategy.StrategyGraphLayout;
import io.stratagem.dsl.StrategyStandaloneSetup;
import io.stratagem.model.Roadmap;
import io.stratagem.roadmap.ModelElements;
import io.stratagem.workspace.load.ModelSet;
import io.stratagem.workspace.load.ModelSetLoader;

/**
 * Layout times of the two diagrams ({@code stratagem diagram}) in the fresh JVM of a
 * {@link Trial}: the model is loaded once (not timed), then the diagram is laid out
 * {@code repetitions} times. The first layout (class loading and JIT included, as in a fresh
 * command) is reported apart from the median of the others. Prints
 * {@code RESULT <diagram>-first|<diagram>-warm <ms> <peak heap>} and {@code COUNT} lines for
 * {@link Bench}; diagram is {@code graph} (strategy graph, ELK layered) or {@code roadmap}
 * (schedule and timeline of the first roadmap).
 */
final class DiagramTrial {

	private DiagramTrial() {
	}

	static void run(String diagram, Path model, int repetitions) {
		ModelSet models = StrategyStandaloneSetup.doSetup().getInstance(ModelSetLoader.class).load(List.of(model));
		List<EObject> roots = new ArrayList<>();
		for (XtextResource resource : models.resources().values()) {
			roots.addAll(resource.getContents());
		}
		switch (diagram) {
		case "graph" -> {
			StrategyGraph graph = time("graph", repetitions, () -> new StrategyGraphLayout().layout(roots, GraphFilter.all(), Markers.none()));
			Trial.count("graphNodes", graph.nodes().size());
			Trial.count("graphEdges", graph.edges().size());
		}
		case "roadmap" -> {
			List<Roadmap> roadmaps = ModelElements.of(roots).all(Roadmap.class);
			if (roadmaps.isEmpty()) {
				throw new IllegalArgumentException(model + " has no roadmap");
			}
			RoadmapDiagram roadmap = time("roadmap", repetitions, () -> new RoadmapLayout().layout(roadmaps.get(0), Markers.none()));
			Trial.count("roadmapInitiatives", roadmap.bars().size());
			Trial.count("roadmapDependencies", roadmap.dependencies().size());
		}
		default -> throw new IllegalArgumentException("unknown diagram " + diagram + ": graph or roadmap");
		}
	}

	/** Times each repetition; prints the first and the median of the others. */
	private static <T> T time(String diagram, int repetitions, Supplier<T> layout) {
		T result = null;
		long[] millis = new long[Math.max(2, repetitions)];
		long firstPeak = 0;
		for (int i = 0; i < millis.length; i++) {
			Trial.startClock();
			result = layout.get();
			millis[i] = Trial.elapsedMillis();
			if (i == 0) {
				firstPeak = Trial.peakHeap();
			}
		}
		long[] warm = Arrays.copyOfRange(millis, 1, millis.length);
		Arrays.sort(warm);
		System.out.println("RESULT " + diagram + "-first " + millis[0] + " " + firstPeak);
		System.out.println("RESULT " + diagram + "-warm " + warm[(warm.length - 1) / 2] + " " + Trial.peakHeap());
		return result;
	}
}
