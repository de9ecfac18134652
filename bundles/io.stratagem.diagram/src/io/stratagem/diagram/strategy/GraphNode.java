package io.stratagem.diagram.strategy;

import java.util.List;

import io.stratagem.diagram.Bounds;
import io.stratagem.workspace.report.Finding;

/**
 * One element of the strategy graph, placed by the layout.
 *
 * @param id    qualified name of the element
 * @param lines the label broken into the lines drawn (at most two; the last cut with an ellipsis
 *              when the label is longer)
 * @param unit  qualified name of the business unit the element belongs to, or {@code null}
 */
public record GraphNode(String id, NodeType type, String label, List<String> lines, String unit, Bounds bounds, List<Finding> markers) {

	public GraphNode {
		lines = List.copyOf(lines);
		markers = List.copyOf(markers);
	}
}
