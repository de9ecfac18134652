/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IStartup;

import io.stratagem.workbench.jobs.ValidateJob;

/**
 * Validates a project again whenever one of its .strategy files is saved, added or removed
 * (opening a model folder adds them all), so the markers follow the files on disk.
 */
public class ValidateOnSave implements IStartup, IResourceChangeListener {

	private static final String EXTENSION = "strategy";

	@Override
	public void earlyStartup() {
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
		// models opened in an earlier session: their markers may be older than the files
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (project.isAccessible()) {
				new ValidateJob(project).schedule();
			}
		}
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		if (event.getDelta() == null) {
			return;
		}
		Set<IProject> changed = new LinkedHashSet<>();
		try {
			event.getDelta().accept(delta -> {
				IResource resource = delta.getResource();
				if (resource.getType() == IResource.FILE && EXTENSION.equals(resource.getFileExtension()) && isModelChange(delta)) {
					changed.add(resource.getProject());
				}
				return true;
			});
		} catch (CoreException e) {
			WorkbenchPlugin.log(e.getStatus());
		}
		for (IProject project : changed) {
			if (project.isAccessible()) {
				new ValidateJob(project).schedule();
			}
		}
	}

	private static boolean isModelChange(IResourceDelta delta) {
		return delta.getKind() == IResourceDelta.ADDED || delta.getKind() == IResourceDelta.REMOVED
				|| (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0;
	}
}
