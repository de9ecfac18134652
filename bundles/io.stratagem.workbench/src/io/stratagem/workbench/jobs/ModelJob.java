/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.jobs;

import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.stratagem.workbench.StrategyLanguage;
import io.stratagem.workbench.WorkbenchPlugin;
import io.stratagem.workbench.services.ProjectModels;
import io.stratagem.workspace.load.ModelSet;

/**
 * A command on the models of one project, run in the background with its progress in the
 * Progress view. It holds the project as scheduling rule, so two commands on one project run one
 * after the other; a failure becomes an error status, which the workbench logs and shows in a
 * dialog for user jobs.
 */
public abstract class ModelJob extends WorkspaceJob {

	/** Family of all Stratagem jobs, to wait for them (tests) or cancel them. */
	public static final Object FAMILY = ModelJob.class;

	protected final IProject project;

	protected ModelJob(String name, IProject project) {
		super(name + " (" + project.getName() + ")");
		this.project = project;
		setRule(project);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		if (!project.isAccessible() || project.getLocation() == null) {
			return WorkbenchPlugin.error("the project " + project.getName() + " is closed or has no folder on disk: open it first", null);
		}
		try {
			progress.subTask("Loading the models");
			ProjectModels models = StrategyLanguage.injector().getInstance(ProjectModels.class);
			Path folder = project.getLocation().toFile().toPath();
			ModelSet loaded = models.load(folder);
			progress.worked(30);
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			return run(models, loaded, folder, progress.split(70));
		} catch (CoreException | OperationCanceledException e) {
			throw e;
		} catch (Exception | LinkageError e) {
			return WorkbenchPlugin.error(getName() + " failed: " + e.getMessage(), e);
		}
	}

	/** Does the work on the loaded models; progress has 100 units. */
	protected abstract IStatus run(ProjectModels models, ModelSet loaded, Path folder, SubMonitor progress) throws Exception;
}
