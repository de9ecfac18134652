package io.stratagem.diagram.glsp.server;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.MessageAction;
import org.eclipse.glsp.server.types.Severity;

import io.stratagem.dsl.edit.EditException;
import io.stratagem.workspace.edit.ModelChange;
import io.stratagem.workspace.edit.ModelWorkspace;
import io.stratagem.workspace.edit.WorkspaceModel;

/**
 * One diagram gesture applied to the workspace. A refused edit is told to the client as an error
 * message (the connection stays open) and the client's diagram is drawn again from the unchanged
 * model, which takes back what the user dragged.
 */
final class WorkspaceEdit extends AbstractCommand {

	private final ModelWorkspace workspace;
	private final ActionDispatcher feedback;
	private final List<Function<WorkspaceModel, ModelChange>> gestures;

	/** @param gestures applied in turn, each one change of the workspace; the first refused stops the rest */
	WorkspaceEdit(String label, ModelWorkspace workspace, ActionDispatcher feedback, List<Function<WorkspaceModel, ModelChange>> gestures) {
		super(label);
		this.workspace = workspace;
		this.feedback = feedback;
		this.gestures = List.copyOf(gestures);
	}

	@Override
	protected boolean prepare() {
		return true; // AbstractCommand refuses to execute otherwise
	}

	@Override
	public void execute() {
		try {
			for (Function<WorkspaceModel, ModelChange> gesture : gestures) {
				workspace.edit(gesture);
			}
		} catch (EditException | MissingElementException e) {
			feedback.dispatch(new MessageAction(Severity.ERROR, getLabel() + ": " + e.getMessage()));
		}
	}

	@Override
	public boolean canUndo() {
		return false; // undone through the workspace's history (WorkspaceModelState)
	}

	@Override
	public void redo() {
		throw new UnsupportedOperationException("redone through the workspace's history");
	}
}
