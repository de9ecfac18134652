package io.stratagem.diagram.glsp.server;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;

import io.stratagem.diagram.glsp.gmodel.DiagramTypes;
import io.stratagem.model.NamedElement;

/**
 * Editing an element's label in place changes what the label shows: the title when the element has
 * one (name and references unchanged), else the name (the declaration and every reference).
 */
public class LabelEditHandler extends WorkspaceOperationHandler<ApplyLabelEditOperation> {

	@Override
	public Optional<Command> createCommand(ApplyLabelEditOperation operation) {
		String id = DiagramTypes.ownerOfLabel(operation.getLabelId());
		String text = operation.getText().trim();
		return edit("Edit label", List.of(model -> {
			NamedElement element = find(model, id, NamedElement.class);
			return element.getTitle() != null ? editor.retitle(element, text) : editor.rename(element, text);
		}));
	}
}
