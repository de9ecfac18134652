package io.stratagem.diagram.strategy;

import java.util.List;

import io.stratagem.diagram.Point;

/**
 * A reference from one element of the graph to another, routed by the layout.
 *
 * @param kind  the name of the reference in the metamodel, e.g. {@code objectives} for a use case
 *              serving an objective
 * @param route start point, bend points and end point
 */
public record GraphEdge(String fromId, String toId, String kind, List<Point> route) {

	public GraphEdge {
		route = List.copyOf(route);
	}
}
