package io.stratagem.diagram.glsp.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.operations.DeleteOperation;

import io.stratagem.diagram.glsp.gmodel.DiagramTypes;
import io.stratagem.model.Initiative;
import io.stratagem.model.NamedElement;
import io.stratagem.workspace.edit.ModelChange;
import io.stratagem.workspace.edit.WorkspaceModel;

/**
 * Deleting a dependency edge removes the {@code after} clause, a reference edge the reference;
 * deleting a node removes the element
 * and the references to it. Elements of the timeline itself (quarters) are not model elements.
 */
public class DeleteHandler extends WorkspaceOperationHandler<DeleteOperation> {

	@Override
	public Optional<Command> createCommand(DeleteOperation operation) {
		List<Function<WorkspaceModel, ModelChange>> gestures = new ArrayList<>();
		for (String id : operation.getElementIds()) {
			Optional<GModelElement> shown = modelState.getIndex().get(id);
			if (shown.isEmpty()) {
				continue;
			}
			if (shown.get() instanceof GEdge edge && DiagramTypes.DEPENDENCY.equals(edge.getType())) {
				String dependedOn = edge.getSourceId();
				String dependant = edge.getTargetId();
				gestures.add(model -> editor.removeDependency(find(model, dependant, Initiative.class), find(model, dependedOn, Initiative.class)));
			} else if (shown.get() instanceof GEdge edge && DiagramTypes.REFERENCE.equals(edge.getType())) {
				String from = edge.getSourceId();
				String to = edge.getTargetId();
				gestures.add(model -> editor.disconnect(find(model, from, NamedElement.class), find(model, to, NamedElement.class)));
			} else if (shown.get() instanceof GNode node && !DiagramTypes.QUARTER.equals(node.getType()) && !id.contains(":")) {
				gestures.add(model -> editor.delete(find(model, id, NamedElement.class)));
			}
		}
		return edit("Delete", gestures);
	}
}
