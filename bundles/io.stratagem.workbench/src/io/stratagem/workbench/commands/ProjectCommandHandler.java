/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.commands;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** Runs a command as a background job on the selected project, or says how to select one. */
abstract class ProjectCommandHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Optional<IProject> project = SelectedProject.of(event);
		if (project.isEmpty()) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Stratagem",
					"Select a model project in the Project Explorer, or open one of its .strategy files, then run the command again.");
			return null;
		}
		Job job = job(project.get());
		job.setUser(true); // asked for: progress and failures are shown, not only logged
		job.schedule();
		return null;
	}

	protected abstract Job job(IProject project);
}
