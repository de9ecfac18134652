package io.stratagem.diagram.glsp.server;

import io.stratagem.diagram.glsp.gmodel.DiagramTypes;
import io.stratagem.model.Initiative;

/**
 * A dependency drawn from one initiative to another: the second starts after the first
 * ({@code after X} in the second), as the timeline's arrows point.
 */
public class CreateDependencyHandler extends CreateEdgeHandler {

	public CreateDependencyHandler() {
		super(DiagramTypes.DEPENDENCY, "Dependency", "Add dependency",
				(editor, model, dependedOn, dependant) -> editor.addDependency(find(model, dependant, Initiative.class), find(model, dependedOn, Initiative.class)));
	}
}
