/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.commands;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.Job;

import io.stratagem.workbench.jobs.ValidateJob;

/** Command handler: schedules a {@link ValidateJob} for the selected project. */
public class ValidateHandler extends ProjectCommandHandler {

	@Override
	protected Job job(IProject project) {
		return new ValidateJob(project);
	}
}
