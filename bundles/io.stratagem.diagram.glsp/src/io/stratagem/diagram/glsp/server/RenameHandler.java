package io.stratagem.diagram.glsp.server;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;

import io.stratagem.diagram.glsp.gmodel.DiagramTypes;
import io.stratagem.model.NamedElement;

/** Editing an element's title label in place renames the element: its declaration and every reference. */
public class RenameHandler extends WorkspaceOperationHandler<ApplyLabelEditOperation> {

	@Override
	public Optional<Command> createCommand(ApplyLabelEditOperation operation) {
		String id = DiagramTypes.ownerOfLabel(operation.getLabelId());
		String newName = operation.getText().trim();
		return edit("Rename", List.of(model -> editor.rename(find(model, id, NamedElement.class), newName)));
	}
}
