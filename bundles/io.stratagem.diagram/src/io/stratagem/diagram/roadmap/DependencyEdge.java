package io.stratagem.diagram.roadmap;

import java.util.List;

import io.stratagem.diagram.Point;

/**
 * A dependency between two scheduled initiatives, routed orthogonally from the one depended on to
 * the dependant.
 *
 * @param fromId   qualified name of the initiative depended on
 * @param toId     qualified name of the dependant initiative
 * @param kind     {@code finishToStart} or {@code startToStart}
 * @param critical whether both ends are consecutive initiatives of the critical path
 */
public record DependencyEdge(String fromId, String toId, String kind, List<Point> route, boolean critical) {

	public DependencyEdge {
		route = List.copyOf(route);
	}
}
