/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.commands;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.Job;

import io.stratagem.workbench.jobs.ExportDiagramJob;

/** Command handler: schedules a {@link ExportDiagramJob} for the selected project. */
public class ExportDiagramHandler extends ProjectCommandHandler {

	@Override
	protected Job job(IProject project) {
		return new ExportDiagramJob(project);
	}
}
