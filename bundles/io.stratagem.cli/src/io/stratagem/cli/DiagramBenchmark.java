package io.stratagem.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;

import io.stratagem.cli.load.ModelSet;
import io.stratagem.cli.load.ModelSetLoader;
import io.stratagem.diagram.Markers;
import io.stratagem.diagram.render.DiagramExport;
import io.stratagem.diagram.roadmap.RoadmapDiagram;
import io.stratagem.diagram.roadmap.RoadmapLayout;
import io.stratagem.diagram.strategy.GraphFilter;
import io.stratagem.diagram.strategy.StrategyGraph;
import io.stratagem.diagram.strategy.StrategyGraphLayout;
import io.stratagem.dsl.StrategyStandaloneSetup;
import io.stratagem.model.Roadmap;
import io.stratagem.roadmap.ModelElements;

/**
 * Times the diagram layouts of a model folder, outside any test: the model is loaded once, then
 * each diagram is laid out and drawn several times; the first run (class loading, JIT) is shown
 * apart from the others. Usage: {@code DiagramBenchmark <folder> [runs]}; see docs/benchmarks.md.
 */
public final class DiagramBenchmark {

	private DiagramBenchmark() {
	}

	public static void main(String[] args) {
		if (args.length < 1) {
			System.err.println("usage: DiagramBenchmark <model folder> [runs, default 5]");
			System.exit(ExitCode.USAGE_OR_IO);
		}
		int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		long loadStart = System.nanoTime();
		ModelSet models = StrategyStandaloneSetup.doSetup().getInstance(ModelSetLoader.class).load(List.of(Path.of(args[0])));
		List<EObject> roots = new ArrayList<>();
		for (XtextResource resource : models.resources().values()) {
			roots.addAll(resource.getContents());
		}
		System.out.printf(Locale.ROOT, "loaded %d files in %.2f s%n", models.resources().size(), seconds(System.nanoTime() - loadStart));
		StrategyGraph graph = time("strategy graph layout (ELK)", runs, () -> new StrategyGraphLayout().layout(roots, GraphFilter.all(), Markers.none()));
		System.out.printf(Locale.ROOT, "  %d nodes, %d edges, %.0f x %.0f px%n", graph.nodes().size(), graph.edges().size(), graph.width(), graph.height());
		time("strategy graph SVG", runs, () -> DiagramExport.svg(graph));
		time("strategy graph PNG", Math.min(runs, 2), () -> DiagramExport.png(graph));
		List<Roadmap> roadmaps = ModelElements.of(roots).all(Roadmap.class);
		if (!roadmaps.isEmpty()) {
			RoadmapDiagram roadmap = time("roadmap layout (schedule included)", runs, () -> new RoadmapLayout().layout(roadmaps.get(0), Markers.none()));
			System.out.printf(Locale.ROOT, "  %d initiatives, %d dependencies, %d rows, %.0f x %.0f px%n", roadmap.bars().size(), roadmap.dependencies().size(),
					roadmap.bars().stream().mapToInt(b -> b.row()).max().orElse(-1) + 1, roadmap.width(), roadmap.height());
			time("roadmap SVG", runs, () -> DiagramExport.svg(roadmap));
			time("roadmap PNG", Math.min(runs, 2), () -> DiagramExport.png(roadmap));
		}
	}

	private static <T> T time(String what, int runs, Supplier<T> work) {
		T result = null;
		double[] times = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			result = work.get();
			times[i] = seconds(System.nanoTime() - start);
		}
		double first = times[0];
		double[] warm = Arrays.copyOfRange(times, runs > 1 ? 1 : 0, runs);
		Arrays.sort(warm);
		System.out.printf(Locale.ROOT, "%-36s first %.3f s; then min %.3f / median %.3f / max %.3f s (%d runs)%n", what, first, warm[0], warm[warm.length / 2],
				warm[warm.length - 1], warm.length);
		return result;
	}

	private static double seconds(long nanos) {
		return nanos / 1e9;
	}
}
