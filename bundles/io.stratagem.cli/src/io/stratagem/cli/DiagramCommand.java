package io.stratagem.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;

import com.google.inject.Inject;

import io.stratagem.diagram.DiagramSource;
import io.stratagem.diagram.Markers;
import io.stratagem.diagram.render.DiagramExport;
import io.stratagem.diagram.roadmap.RoadmapDiagram;
import io.stratagem.diagram.roadmap.RoadmapLayout;
import io.stratagem.diagram.strategy.GraphFilter;
import io.stratagem.diagram.strategy.NodeType;
import io.stratagem.diagram.strategy.StrategyGraph;
import io.stratagem.diagram.strategy.StrategyGraphLayout;
import io.stratagem.model.Roadmap;
import io.stratagem.report.OutputFolder;
import io.stratagem.roadmap.ModelElements;
import io.stratagem.workspace.Progress;
import io.stratagem.workspace.load.ModelSet;
import io.stratagem.workspace.report.Finding;
import io.stratagem.workspace.report.FindingCollector;
import io.stratagem.workspace.report.Severity;
import io.stratagem.workspace.report.TextReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code stratagem diagram}: draws the roadmap timeline or the strategy graph as SVG or PNG. */
@Command(name = "diagram", mixinStandardHelpOptions = true, versionProvider = Version.class,
		description = "Validate the models, then draw the roadmap timeline or the strategy graph as SVG or PNG; elements with findings are marked.")
public class DiagramCommand extends Subcommand {

	/** The two diagrams. */
	public enum Kind {
		roadmap, strategy
	}

	@Mixin
	ModelSetOptions input;

	@Option(names = "--kind", required = true, paramLabel = "KIND", description = "roadmap (timeline of initiatives) or strategy (graph of elements)")
	Kind kind;

	@Option(names = "--type", split = ",", paramLabel = "TYPE",
			description = "strategy graph only: show only these element types (comma-separated): objective, usecase, kpi, risk, control, data, capability, partner")
	List<String> types = new ArrayList<>();

	@Option(names = "--unit", paramLabel = "UNIT", description = "strategy graph only: show only elements of this business unit and its sub-units")
	String unit;

	@Option(names = "--roadmap", paramLabel = "NAME", description = "roadmap diagram only: the roadmap to draw when the models have several")
	String roadmapName;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "FILE", description = "the file to write: .svg or .png (written atomically)")
	Path output;

	@Option(names = "--overwrite", description = "replace FILE even when Stratagem did not write it or it was changed since")
	boolean overwrite;

	@Inject
	private FindingCollector collector;

	@Override
	public Integer call() throws IOException {
		PrintWriter err = err();
		String extension = extension(output);
		if (!extension.equals("svg") && !extension.equals("png")) {
			return usage(err, "the output must end in .svg or .png: " + display.show(output));
		}
		if (kind == Kind.roadmap && (!types.isEmpty() || unit != null)) {
			return usage(err, "--type and --unit filter the strategy graph; they do not apply to --kind roadmap");
		}
		if (kind == Kind.strategy && roadmapName != null) {
			return usage(err, "--roadmap chooses the roadmap to draw; it does not apply to --kind strategy");
		}
		Set<NodeType> nodeTypes = EnumSet.noneOf(NodeType.class);
		try {
			types.forEach(t -> nodeTypes.add(NodeType.fromKey(t)));
		} catch (IllegalArgumentException e) {
			return usage(err, e.getMessage());
		}
		ModelSet models = input.load(err, Progress.NONE);
		if (models == null) {
			return ExitCode.USAGE_OR_IO;
		}
		List<Finding> findings = collector.collect(models);
		DiagramSource source;
		try {
			source = DiagramSource.of(models, findings);
		} catch (DiagramSource.IncompleteModel e) {
			e.findings().stream().limit(50).forEach(f -> err.println(TextReportWriter.line(f)));
			err.println("stratagem: nothing drawn: fix the errors above");
			return models.loadFindings().isEmpty() ? ExitCode.FINDINGS : ExitCode.USAGE_OR_IO;
		}
		List<EObject> roots = source.roots();
		Markers markers = source.markers();
		String drawn;
		if (kind == Kind.roadmap) {
			List<Roadmap> roadmaps = ModelElements.of(roots).all(Roadmap.class);
			Roadmap roadmap = choose(roadmaps, err);
			if (roadmap == null) {
				return ExitCode.USAGE_OR_IO;
			}
			RoadmapDiagram diagram = new RoadmapLayout().layout(roadmap, markers);
			write(extension, DiagramExport::svg, DiagramExport::png, diagram);
			drawn = "roadmap " + diagram.id() + " (" + diagram.bars().size() + " initiatives, " + diagram.milestones().size() + " milestones)";
		} else {
			StrategyGraph graph;
			try {
				graph = new StrategyGraphLayout().layout(roots, new GraphFilter(nodeTypes, unit), markers);
			} catch (IllegalArgumentException e) {
				return usage(err, e.getMessage());
			}
			write(extension, DiagramExport::svg, DiagramExport::png, graph);
			drawn = "strategy graph (" + graph.nodes().size() + " elements, " + graph.edges().size() + " references)";
		}
		long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
		long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
		out().println("drew the " + drawn + " to " + display.show(output) + "; " + errors + " errors and " + warnings + " warnings marked");
		return ExitCode.CLEAN;
	}

	private <D> void write(String extension, java.util.function.Function<D, String> svg, java.util.function.Function<D, byte[]> png, D diagram)
			throws IOException {
		if (extension.equals("svg")) {
			OutputFolder.writeFile(output, svg.apply(diagram), overwrite);
		} else {
			OutputFolder.writeFile(output, png.apply(diagram), overwrite);
		}
	}

	private Roadmap choose(List<Roadmap> roadmaps, PrintWriter err) {
		String names = roadmaps.stream().map(ModelElements::qualifiedName).collect(Collectors.joining(", "));
		if (roadmapName != null) {
			List<Roadmap> named = roadmaps.stream().filter(r -> roadmapName.equals(r.getName()) || roadmapName.equals(ModelElements.qualifiedName(r))).toList();
			if (named.size() == 1) {
				return named.get(0);
			}
			err.println("stratagem: " + (named.isEmpty() ? "no roadmap is named '" : "several roadmaps are named '") + roadmapName + "'; the models have: "
					+ (roadmaps.isEmpty() ? "none" : names));
			return null;
		}
		if (roadmaps.size() == 1) {
			return roadmaps.get(0);
		}
		err.println(roadmaps.isEmpty() ? "stratagem: the models have no roadmap to draw; declare one with 'roadmap Name { ... }'"
				: "stratagem: the models have several roadmaps (" + names + "): choose one with --roadmap NAME");
		return null;
	}

	/** Rule findings as diagram markers, by the qualified name of the element they are about. */
	private static String extension(Path file) {
		String name = file.getFileName() == null ? "" : file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static int usage(PrintWriter err, String message) {
		err.println("stratagem: " + message);
		return ExitCode.USAGE_OR_IO;
	}
}
