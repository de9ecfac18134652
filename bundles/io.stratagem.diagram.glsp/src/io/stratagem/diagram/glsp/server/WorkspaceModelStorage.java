package io.stratagem.diagram.glsp.server;

import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.model.GModelState;

import com.google.inject.Inject;

import io.stratagem.diagram.glsp.gmodel.DiagramOptions;
import io.stratagem.workspace.edit.ModelWorkspace;

/**
 * The source model of a diagram client is the shared workspace: loading it reads the client's
 * options and subscribes to the workspace, so that every change (from this diagram, another client
 * or the text editor) is drawn again and pushed to the client. Edits are written by the workspace
 * as they happen: there is nothing left to save.
 */
public class WorkspaceModelStorage implements SourceModelStorage {

	/** Model state property holding the {@link DiagramOptions} of the client. */
	static final String OPTIONS = "stratagem.options";

	@Inject
	private ModelWorkspace workspace;
	@Inject
	private GModelState modelState;
	@Inject
	private ActionDispatcher actionDispatcher;
	@Inject
	private ModelSubmissionHandler submissionHandler;

	private AutoCloseable subscription;

	@Override
	public synchronized void loadSourceModel(RequestModelAction action) {
		modelState.setProperty(OPTIONS, DiagramOptions.of(action.getOptions()));
		if (subscription == null) {
			subscription = workspace.addListener(changedFiles -> pushModel());
		}
	}

	@Override
	public void saveSourceModel(SaveModelAction action) {
		// every edit was written to its file when the workspace applied it
	}

	private void pushModel() {
		if (actionDispatcher.isDisposed()) {
			unsubscribe(); // the client has gone
			return;
		}
		actionDispatcher.dispatchAll(submissionHandler.submitModel());
	}

	private synchronized void unsubscribe() {
		if (subscription != null) {
			try {
				subscription.close();
			} catch (Exception e) {
				throw new IllegalStateException("cannot stop listening to the workspace", e);
			}
			subscription = null;
		}
	}
}
