package io.stratagem.diagram.strategy;

import java.util.List;
import java.util.Optional;

/**
 * The strategy's elements and the references between them, laid out in layers. Independent of any
 * front end: the SVG and PNG painters and an interactive editor draw the same object.
 *
 * @param filter the filter that chose the nodes, described for the diagram's caption
 */
public record StrategyGraph(String filter, double width, double height, List<GraphNode> nodes, List<GraphEdge> edges) {

	public StrategyGraph {
		nodes = List.copyOf(nodes);
		edges = List.copyOf(edges);
	}

	public Optional<GraphNode> node(String id) {
		return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
	}
}
