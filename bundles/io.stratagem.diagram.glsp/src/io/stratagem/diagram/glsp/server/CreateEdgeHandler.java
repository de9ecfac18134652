/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.diagram.glsp.server;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.eclipse.glsp.server.operations.Operation;

import io.stratagem.workspace.edit.ModelChange;
import io.stratagem.workspace.edit.ModelEditor;
import io.stratagem.workspace.edit.WorkspaceModel;

/**
 * An edge tool of the palette: handles the create-edge operations of one edge type, as one edit of
 * the workspace made by the edge type's gesture of the model editor.
 */
abstract class CreateEdgeHandler extends WorkspaceOperationHandler<CreateEdgeOperation> implements CreateOperationHandler<CreateEdgeOperation> {

	/** The change the model editor makes for an edge drawn from the element {@code sourceId} to the element {@code targetId}. */
	protected interface EdgeGesture {
		ModelChange apply(ModelEditor editor, WorkspaceModel model, String sourceId, String targetId);
	}

	private final String elementTypeId;
	private final String label;
	private final String editLabel;
	private final EdgeGesture gesture;

	/**
	 * @param label the tool's label
	 * @param editLabel the label of the edit, as undo shows it
	 */
	protected CreateEdgeHandler(String elementTypeId, String label, String editLabel, EdgeGesture gesture) {
		this.elementTypeId = elementTypeId;
		this.label = label;
		this.editLabel = editLabel;
		this.gesture = gesture;
	}

	@Override
	public Optional<Command> createCommand(CreateEdgeOperation operation) {
		String sourceId = operation.getSourceElementId();
		String targetId = operation.getTargetElementId();
		return edit(editLabel, List.of(model -> gesture.apply(editor, model, sourceId, targetId)));
	}

	@Override
	public List<String> getHandledElementTypeIds() {
		return List.of(elementTypeId);
	}

	@Override
	public boolean handles(Operation operation) {
		return operation instanceof CreateEdgeOperation create && elementTypeId.equals(create.getElementTypeId());
	}

	@Override
	public String getLabel() {
		return label;
	}
}
