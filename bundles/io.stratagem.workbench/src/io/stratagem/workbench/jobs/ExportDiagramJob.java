/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.jobs;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

import io.stratagem.workbench.WorkbenchPlugin;
import io.stratagem.workbench.services.ProjectModels;
import io.stratagem.workspace.load.ModelSet;

/** Draws the roadmap and strategy diagrams of a project as SVG and PNG into its folder {@code diagrams}. */
public class ExportDiagramJob extends ModelJob {

	public ExportDiagramJob(IProject project) {
		super("Export Diagram", project);
	}

	@Override
	protected IStatus run(ProjectModels models, ModelSet loaded, Path folder, SubMonitor progress) throws Exception {
		progress.subTask("Laying out and drawing the diagrams");
		List<Path> written = models.exportDiagrams(loaded, folder);
		progress.worked(80);
		project.getFolder(ProjectModels.DIAGRAM_FOLDER).refreshLocal(IResource.DEPTH_INFINITE, progress.split(20));
		return new Status(IStatus.OK, WorkbenchPlugin.ID, "wrote " + written.size() + " diagram files to " + folder.resolve(ProjectModels.DIAGRAM_FOLDER));
	}
}
