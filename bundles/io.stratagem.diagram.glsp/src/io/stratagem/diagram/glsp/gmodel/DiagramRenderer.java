package io.stratagem.diagram.glsp.gmodel;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;

import io.stratagem.diagram.Markers;
import io.stratagem.diagram.roadmap.RoadmapLayout;
import io.stratagem.diagram.strategy.StrategyGraphLayout;
import io.stratagem.model.Roadmap;
import io.stratagem.roadmap.ModelElements;

/** Lays out a diagram of the model and turns it into the GLSP graph model a client draws. */
public final class DiagramRenderer {

	private final RoadmapLayout roadmapLayout = new RoadmapLayout();
	private final StrategyGraphLayout strategyLayout = new StrategyGraphLayout();

	/**
	 * @param diagramType {@link DiagramTypes#ROADMAP} or {@link DiagramTypes#STRATEGY}
	 * @param roots       the root objects of the workspace's files (not of the built-in libraries)
	 */
	public GGraph render(String diagramType, DiagramOptions options, List<EObject> roots, Markers markers) {
		if (DiagramTypes.STRATEGY.equals(diagramType)) {
			return StrategyGModel.of(strategyLayout.layout(roots, options.filter(), markers));
		}
		List<Roadmap> roadmaps = ModelElements.of(roots).all(Roadmap.class);
		List<Roadmap> chosen = options.roadmap() == null ? roadmaps
				: roadmaps.stream().filter(r -> options.roadmap().equals(r.getName()) || options.roadmap().equals(ModelElements.qualifiedName(r))).toList();
		if (chosen.isEmpty()) {
			return message(options.roadmap() == null ? "The models have no roadmap: declare one with 'roadmap Name { ... }'."
					: "No roadmap is named '" + options.roadmap() + "'; the models have: " + names(roadmaps) + ".");
		}
		return RoadmapGModel.of(roadmapLayout.layout(chosen.get(0), markers));
	}

	private static String names(List<Roadmap> roadmaps) {
		return roadmaps.isEmpty() ? "none" : roadmaps.stream().map(ModelElements::qualifiedName).collect(Collectors.joining(", "));
	}

	/** A graph holding only a message, for a diagram that cannot be drawn. */
	private static GGraph message(String text) {
		return new GGraphBuilder().id("message").addCssClass("message")
				.add(new GNodeBuilder(DiagramTypes.BAND).id("message:text").addCssClass("message").position(16, 16).size(640, 40)
						.add(RoadmapGModel.label("message:text#text", DiagramTypes.TEXT, text, 8, 24)).build())
				.build();
	}
}
