package io.stratagem.diagram.glsp.server;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.Operation;

import com.google.inject.Inject;

import io.stratagem.workspace.edit.ModelChange;
import io.stratagem.workspace.edit.ModelEditor;
import io.stratagem.workspace.edit.ModelWorkspace;
import io.stratagem.workspace.edit.WorkspaceModel;

/** An operation of the client turned into changes of the workspace made by the model editor. */
abstract class WorkspaceOperationHandler<O extends Operation> extends BasicOperationHandler<O> {

	@Inject
	protected ModelWorkspace workspace;
	@Inject
	protected ModelEditor editor;
	@Inject
	protected ActionDispatcher actionDispatcher;

	protected Optional<Command> edit(String label, List<Function<WorkspaceModel, ModelChange>> gestures) {
		return gestures.isEmpty() ? doNothing() : Optional.of(new WorkspaceEdit(label, workspace, actionDispatcher, gestures));
	}

	/** The element with this qualified name in the model being edited. */
	protected static <T extends EObject> T find(WorkspaceModel model, String id, Class<T> type) {
		T element = model.find(id, type);
		if (element == null) {
			throw new MissingElementException(id);
		}
		return element;
	}
}
