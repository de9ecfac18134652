/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.commands;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.Job;

import io.stratagem.workbench.jobs.GenerateSiteJob;

/** Command handler: schedules a {@link GenerateSiteJob} for the selected project. */
public class GenerateSiteHandler extends ProjectCommandHandler {

	@Override
	protected Job job(IProject project) {
		return new GenerateSiteJob(project);
	}
}
