package io.stratagem.diagram.glsp.gmodel;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;

import io.stratagem.diagram.Bounds;
import io.stratagem.diagram.Point;
import io.stratagem.diagram.strategy.GraphEdge;
import io.stratagem.diagram.strategy.GraphNode;
import io.stratagem.diagram.strategy.StrategyGraph;
import io.stratagem.diagram.strategy.StrategyGraphLayout;

/**
 * The GLSP graph model of the strategy graph, with the positions and routes ELK computed in
 * {@link StrategyGraphLayout}. Nodes carry their type as element type ({@code node:kpi}) and CSS
 * class, so the client draws each type with its colour and icon.
 */
public final class StrategyGModel {

	private static final double PADDING = 8;
	private static final double CAPTION_BASELINE = 13;
	/** Right of the type's icon, which the client draws 12 px square at (8, 3) (web/src/strategy-node-view.ts). */
	private static final double CAPTION_X = 24;
	private static final double FIRST_LINE_BASELINE = 28;

	private StrategyGModel() {
	}

	public static GGraph of(StrategyGraph graph) {
		List<GModelElement> children = new ArrayList<>();
		for (GraphNode node : graph.nodes()) {
			Bounds b = node.bounds();
			GNodeBuilder builder = new GNodeBuilder(DiagramTypes.node(node.type())).id(node.id()).addCssClass("node").addCssClass(node.type().key())
					.addCssClasses(MarkerClasses.of(node.markers())).position(b.x(), b.y()).size(b.width(), b.height())
					.add(RoadmapGModel.label(node.id() + "#caption", DiagramTypes.TEXT, node.type().label(), CAPTION_X, CAPTION_BASELINE))
					.add(new GLabelBuilder(DiagramTypes.HEADING).id(node.id() + DiagramTypes.LABEL_SUFFIX).text(node.lines().get(0))
							.position(PADDING, FIRST_LINE_BASELINE).addArgument(DiagramTypes.FULL_TEXT, node.label()).build());
			// the layout sized the node for the label broken into at most two lines; the first line edits the whole label
			for (int i = 1; i < node.lines().size(); i++) {
				builder.add(RoadmapGModel.label(node.id() + "#line" + (i + 1), DiagramTypes.TEXT, node.lines().get(i), PADDING,
						FIRST_LINE_BASELINE + i * StrategyGraphLayout.LINE_HEIGHT));
			}
			if (node.unit() != null) {
				builder.addArgument("unit", node.unit());
			}
			children.add(builder.build());
		}
		for (GraphEdge edge : graph.edges()) {
			GEdgeBuilder builder = new GEdgeBuilder(DiagramTypes.REFERENCE).id(referenceId(edge)).addCssClass("reference").addCssClass(edge.kind())
					.sourceId(edge.fromId()).targetId(edge.toId());
			List<Point> route = edge.route();
			for (int i = 1; i < route.size() - 1; i++) {
				builder.addRoutingPoint(route.get(i).x(), route.get(i).y());
			}
			children.add(builder.build());
		}
		return new GGraphBuilder().id("strategy").addCssClass("strategy").addAll(children).build();
	}

	public static String referenceId(GraphEdge edge) {
		return "reference:" + edge.fromId() + "--" + edge.kind() + "--" + edge.toId();
	}
}
