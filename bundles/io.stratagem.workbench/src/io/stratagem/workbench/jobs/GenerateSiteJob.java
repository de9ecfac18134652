/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.jobs;

import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

import io.stratagem.workbench.WorkbenchPlugin;
import io.stratagem.workbench.services.ModelErrorsException;
import io.stratagem.workbench.services.ProjectModels;
import io.stratagem.workspace.load.ModelSet;

/** Writes the roadmap site of a project into its folder {@code site}, as {@code stratagem generate} does. */
public class GenerateSiteJob extends ModelJob {

	public GenerateSiteJob(IProject project) {
		super("Generate Roadmap Site", project);
	}

	@Override
	protected IStatus run(ProjectModels models, ModelSet loaded, Path folder, SubMonitor progress) throws Exception {
		progress.subTask("Validating and writing the site");
		int written;
		try {
			written = models.generateSite(loaded, folder);
		} catch (ModelErrorsException e) {
			return WorkbenchPlugin.error(e.getMessage(), null);
		}
		progress.worked(80);
		project.getFolder(ProjectModels.SITE_FOLDER).refreshLocal(IResource.DEPTH_INFINITE, progress.split(20));
		return new Status(IStatus.OK, WorkbenchPlugin.ID, "wrote " + written + " files to " + folder.resolve(ProjectModels.SITE_FOLDER));
	}
}
