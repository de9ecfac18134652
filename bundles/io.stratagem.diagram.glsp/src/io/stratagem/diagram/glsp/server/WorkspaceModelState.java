package io.stratagem.diagram.glsp.server;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.model.DefaultGModelState;

import com.google.inject.Inject;

import io.stratagem.workspace.edit.ModelWorkspace;

/**
 * Undo and redo are the workspace's: one history for every diagram and the text editor, so that
 * Ctrl+Z in a diagram takes back the last change to the model whoever made it. Commands are run
 * directly: the workspace records them.
 */
public class WorkspaceModelState extends DefaultGModelState {

	@Inject
	private ModelWorkspace workspace;

	@Override
	public void execute(Command command) {
		if (command.canExecute()) {
			command.execute();
		}
	}

	@Override
	public boolean canUndo() {
		return workspace.canUndo();
	}

	@Override
	public boolean canRedo() {
		return workspace.canRedo();
	}

	@Override
	public void undo() {
		try {
			workspace.undo();
		} catch (IOException e) {
			throw new UncheckedIOException("cannot undo: " + e.getMessage(), e);
		}
	}

	@Override
	public void redo() {
		try {
			workspace.redo();
		} catch (IOException e) {
			throw new UncheckedIOException("cannot redo: " + e.getMessage(), e);
		}
	}

	@Override
	public boolean isDirty() {
		return false; // the workspace writes every change at once
	}
}
