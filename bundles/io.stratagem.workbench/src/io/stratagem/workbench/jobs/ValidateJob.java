/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.jobs;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

import io.stratagem.workbench.WorkbenchPlugin;
import io.stratagem.workbench.services.ProjectModels;
import io.stratagem.workspace.load.ModelSet;
import io.stratagem.workspace.report.Finding;
import io.stratagem.workspace.report.Severity;

/** Validates a project's models (grammar, links, rule catalogue) and replaces its problem markers. */
public class ValidateJob extends ModelJob {

	public ValidateJob(IProject project) {
		super("Validate", project);
	}

	@Override
	protected IStatus run(ProjectModels models, ModelSet loaded, Path folder, SubMonitor progress) throws Exception {
		progress.subTask("Validating " + loaded.resources().size() + " files");
		List<Finding> problems = models.problems(loaded);
		progress.worked(70);
		progress.subTask("Updating the problem markers");
		ProblemMarkers.replace(project, problems);
		long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
		long warnings = problems.stream().filter(p -> p.severity() == Severity.WARNING).count();
		return new Status(IStatus.OK, WorkbenchPlugin.ID, project.getName() + ": " + errors + " errors, " + warnings + " warnings");
	}
}
