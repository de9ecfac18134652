/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;

/** Opens a folder of .strategy files (a model repository, an example) as a workspace project, in place. */
public final class ModelFolders {

	private ModelFolders() {
	}

	/**
	 * The project of the folder: the existing one when the folder is already open, else a new
	 * project named after the folder (with a number when the name is taken) whose files stay where they are.
	 */
	public static IProject open(Path folder, IProgressMonitor monitor) throws CoreException {
		Path absolute = folder.toAbsolutePath().normalize();
		if (!Files.isDirectory(absolute)) {
			throw new CoreException(WorkbenchPlugin.error("not a folder: " + absolute + ": choose the folder that holds the .strategy files", null));
		}
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		for (IProject project : workspace.getRoot().getProjects()) {
			if (project.getLocation() != null && project.getLocation().toFile().toPath().equals(absolute)) {
				project.open(monitor);
				return project;
			}
		}
		String base = absolute.getFileName() == null ? "models" : absolute.getFileName().toString();
		IProject project = workspace.getRoot().getProject(base);
		for (int i = 2; project.exists(); i++) {
			project = workspace.getRoot().getProject(base + "-" + i);
		}
		IProjectDescription description = workspace.newProjectDescription(project.getName());
		if (!IPath.fromFile(absolute.toFile()).equals(workspace.getRoot().getLocation().append(project.getName()))) {
			description.setLocation(IPath.fromFile(absolute.toFile()));
		}
		project.create(description, monitor);
		project.open(monitor);
		return project;
	}
}
