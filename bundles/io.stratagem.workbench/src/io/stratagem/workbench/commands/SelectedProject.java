/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.commands;

import java.util.Optional;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

/** The project a command is about: the selected resource's project, else the active editor's file's. */
final class SelectedProject {

	private SelectedProject() {
	}

	static Optional<IProject> of(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		if (!(part instanceof IEditorPart) && selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
			IResource resource = Adapters.adapt(structured.getFirstElement(), IResource.class);
			if (resource != null) {
				return Optional.of(resource.getProject());
			}
		}
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		if (editor != null) {
			IResource resource = Adapters.adapt(editor.getEditorInput(), IResource.class);
			if (resource != null) {
				return Optional.of(resource.getProject());
			}
		}
		return Optional.empty();
	}
}
