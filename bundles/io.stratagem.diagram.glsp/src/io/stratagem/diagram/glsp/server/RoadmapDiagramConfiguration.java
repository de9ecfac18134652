package io.stratagem.diagram.glsp.server;

import java.util.List;

import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;

import io.stratagem.diagram.glsp.gmodel.DiagramTypes;

/** Initiatives move and resize (dates and durations), milestones move (due dates); the timeline's quarters and bands stay put. */
public class RoadmapDiagramConfiguration extends StratagemDiagramConfiguration {

	@Override
	public List<ShapeTypeHint> getShapeTypeHints() {
		return List.of(new ShapeTypeHint(DiagramTypes.INITIATIVE, true, true, true, false), //
				new ShapeTypeHint(DiagramTypes.MILESTONE, true, true, false, false), //
				new ShapeTypeHint(DiagramTypes.BAND, false, true, false, false), //
				new ShapeTypeHint(DiagramTypes.QUARTER, false, false, false, false));
	}

	@Override
	public List<EdgeTypeHint> getEdgeTypeHints() {
		return List.of(new EdgeTypeHint(DiagramTypes.DEPENDENCY, false, true, false, List.of(DiagramTypes.INITIATIVE), List.of(DiagramTypes.INITIATIVE)));
	}
}
