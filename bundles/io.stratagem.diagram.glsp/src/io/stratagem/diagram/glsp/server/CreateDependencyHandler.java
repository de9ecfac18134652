package io.stratagem.diagram.glsp.server;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;

import io.stratagem.diagram.glsp.gmodel.DiagramTypes;
import io.stratagem.model.Initiative;

/**
 * A dependency drawn from one initiative to another: the second starts after the first
 * ({@code after X} in the second), as the timeline's arrows point.
 */
public class CreateDependencyHandler extends CreateEdgeHandler {

	public CreateDependencyHandler() {
		super(DiagramTypes.DEPENDENCY, "Dependency");
	}

	@Override
	public Optional<Command> createCommand(CreateEdgeOperation operation) {
		String dependedOn = operation.getSourceElementId();
		String dependant = operation.getTargetElementId();
		return edit("Add dependency", List.of(model -> editor.addDependency(find(model, dependant, Initiative.class), find(model, dependedOn, Initiative.class))));
	}
}
