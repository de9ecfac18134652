package io.stratagem.diagram.glsp.server;

import java.util.Arrays;
import java.util.List;

import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;

import io.stratagem.diagram.glsp.gmodel.DiagramTypes;
import io.stratagem.diagram.strategy.NodeType;

/** Positions come from ELK on every change, so nodes do not move; they can be renamed and deleted. */
public class StrategyDiagramConfiguration extends StratagemDiagramConfiguration {

	@Override
	public List<ShapeTypeHint> getShapeTypeHints() {
		return Arrays.stream(NodeType.values()).map(t -> new ShapeTypeHint(DiagramTypes.node(t), false, true, false, false)).toList();
	}

	@Override
	public List<EdgeTypeHint> getEdgeTypeHints() {
		List<String> nodes = Arrays.stream(NodeType.values()).map(DiagramTypes::node).toList();
		return List.of(new EdgeTypeHint(DiagramTypes.REFERENCE, false, true, false, nodes, nodes), new EdgeTypeHint(DiagramTypes.LINK, false, true, false, nodes, nodes));
	}
}
