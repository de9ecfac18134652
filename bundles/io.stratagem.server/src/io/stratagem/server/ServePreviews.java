package io.stratagem.server;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;

import com.google.inject.Inject;

import io.stratagem.diagram.Markers;
import io.stratagem.diagram.render.DiagramExport;
import io.stratagem.diagram.roadmap.RoadmapDiagram;
import io.stratagem.diagram.roadmap.RoadmapLayout;
import io.stratagem.diagram.strategy.GraphFilter;
import io.stratagem.diagram.strategy.NodeType;
import io.stratagem.diagram.strategy.StrategyGraph;
import io.stratagem.diagram.strategy.StrategyGraphLayout;
import io.stratagem.dsl.validation.RuleProfiles;
import io.stratagem.model.Roadmap;
import io.stratagem.report.RoadmapArtifacts;
import io.stratagem.roadmap.ModelElements;
import io.stratagem.workspace.load.ModelSet;
import io.stratagem.workspace.load.ModelSetLoader;
import io.stratagem.workspace.report.Finding;
import io.stratagem.workspace.report.FindingCollector;

/**
 * The workbench's previews, made as {@code stratagem generate --force} and {@code stratagem diagram}
 * make them, from the folder as it is on disk. One at a time: the loader and the rule profile are shared.
 */
public final class ServePreviews implements Previews {

	private Path folder;

	@Inject
	private ModelSetLoader loader;

	@Inject
	private FindingCollector collector;

	@Inject
	private RoadmapArtifacts artifacts;

	@Inject
	private RuleProfiles profiles;

	/** The folder whose models are previewed. */
	public ServePreviews folder(Path folder) {
		this.folder = folder;
		return this;
	}

	/** The report site; it is made even when the models have findings, since it lists them. */
	@Override
	public synchronized Map<String, String> site() throws PreviewException {
		Loaded loaded = load();
		return artifacts.of(loaded.models(), loaded.findings());
	}

	@Override
	public synchronized byte[] diagram(String kind, String format) throws PreviewException {
		Loaded loaded = load();
		List<EObject> roots = loaded.models().roots();
		Markers markers = Markers.of(loaded.findings());
		boolean svg = format.equals("svg");
		if (kind.equals("roadmap")) {
			// the first roadmap by name when the folder has several, as the page has one roadmap tab
			Roadmap roadmap = ModelElements.of(roots).all(Roadmap.class).stream().min(Comparator.comparing(ModelElements::qualifiedName))
					.orElseThrow(() -> new PreviewException("the models have no roadmap to draw; declare one with 'roadmap Name { ... }'"));
			RoadmapDiagram diagram = new RoadmapLayout().layout(roadmap, markers);
			return svg ? DiagramExport.svg(diagram).getBytes(StandardCharsets.UTF_8) : DiagramExport.png(diagram);
		}
		StrategyGraph graph = new StrategyGraphLayout().layout(roots, new GraphFilter(EnumSet.noneOf(NodeType.class), null), markers);
		return svg ? DiagramExport.svg(graph).getBytes(StandardCharsets.UTF_8) : DiagramExport.png(graph);
	}

	private record Loaded(ModelSet models, List<Finding> findings) {
	}

	/** The folder's models; refused while a file does not parse or link, as a part of the model would be missing. */
	private Loaded load() throws PreviewException {
		profiles.useProfile(null);
		ModelSet models = loader.load(List.of(folder));
		List<Finding> findings = collector.collect(models);
		List<Finding> unreadable = findings.stream().filter(Finding::leavesModelIncomplete).toList();
		if (!unreadable.isEmpty()) {
			throw new PreviewException("nothing drawn while these errors stand:\n" + unreadable.stream().limit(20)
					.map(f -> f.file() + (f.line() > 0 ? ":" + f.line() + ":" + f.column() : "") + ": " + f.code() + " " + f.message())
					.collect(Collectors.joining("\n")));
		}
		return new Loaded(models, findings);
	}
}
