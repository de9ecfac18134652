/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.diagram;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Set;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.stratagem.server.DiagramServing;
import io.stratagem.server.ServePreviews;
import io.stratagem.server.WorkbenchServer;
import io.stratagem.workbench.StrategyLanguage;
import io.stratagem.workbench.WorkbenchPlugin;
import io.stratagem.workspace.edit.ModelWorkspace;

/**
 * The workbench's one diagram server: a loopback {@link WorkbenchServer} with the GLSP endpoint and
 * the diagram page (as {@code stratagem serve}), over a {@link ModelWorkspace} of the project the
 * Diagram view shows. Showing another project closes it and opens one for that project.
 * <p>
 * It keeps Eclipse and the workspace in step: files a diagram edit wrote are refreshed in Eclipse
 * (open editors without unsaved changes reload, markers follow through {@code ValidateOnSave}; an
 * editor with unsaved changes keeps them and Eclipse's file buffers ask before anything is
 * replaced or overwritten), and .strategy files changed in Eclipse (an editor save) are read again
 * by the workspace, so the open diagrams redraw.
 */
public final class DiagramHost implements AutoCloseable {

	/** What is served now. */
	public record Served(IProject project, ModelWorkspace workspace, WorkbenchServer server) {
		/** The page of one diagram: "roadmap" or "strategy". */
		public URI page(String kind) {
			return DiagramServing.page(server, kind);
		}
	}

	private Served served;
	private AutoCloseable toEclipse;
	private final IResourceChangeListener fromEclipse = this::resourcesChanged;
	private final Job reload = new Job("Read the changed models for the diagrams") {
		@Override
		protected IStatus run(IProgressMonitor monitor) {
			Served now = current();
			if (now != null) {
				try {
					now.workspace().reload();
				} catch (IOException | RuntimeException e) {
					return WorkbenchPlugin.error("the diagrams cannot read the changed models of " + now.project().getName() + ": " + e.getMessage(), e);
				}
			}
			return Status.OK_STATUS;
		}
	};

	public DiagramHost() {
		reload.setSystem(true);
	}

	/** The server of {@code project}, started when it is not the one served now (the previous one stops). Call it outside the UI thread: it parses the models. */
	public synchronized Served serve(IProject project) throws Exception {
		if (served != null && served.project().equals(project)) {
			return served;
		}
		close();
		Path folder = project.getLocation().toFile().toPath().toAbsolutePath().normalize();
		ModelWorkspace workspace = ModelWorkspace.open(folder, StrategyLanguage.injector());
		ServePreviews previews = StrategyLanguage.injector().getInstance(ServePreviews.class).folder(folder);
		WorkbenchServer server = DiagramServing.builder(workspace, previews, StrategyLanguage.injector()).host("127.0.0.1").port(0).build();
		try {
			server.start();
		} catch (Exception e) {
			server.close();
			workspace.close();
			throw e;
		}
		served = new Served(project, workspace, server);
		toEclipse = workspace.addListener(this::refresh);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(fromEclipse, IResourceChangeEvent.POST_CHANGE);
		return served;
	}

	/** What is served now, or null. */
	public synchronized Served current() {
		return served;
	}

	/** Stops the server (the pages lose their connection). */
	@Override
	public synchronized void close() throws Exception {
		if (served == null) {
			return;
		}
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(fromEclipse);
		toEclipse.close();
		try {
			served.server().close();
		} finally {
			served.workspace().close();
			served = null;
		}
	}

	/** Files a diagram edit (or undo) wrote: Eclipse reads them again, in a job, never under the workspace's lock. */
	private void refresh(Set<Path> files) {
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		new WorkspaceJob("Refresh the files the diagram changed") {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				for (Path file : files) {
					IFile[] found = root.findFilesForLocationURI(file.toUri());
					IContainer parent = root.getContainerForLocation(IPath.fromOSString(file.getParent().toString()));
					if (found.length == 0 && parent != null) {
						parent.refreshLocal(IResource.DEPTH_ONE, monitor); // a new file
					}
					for (IFile each : found) {
						each.refreshLocal(IResource.DEPTH_ZERO, monitor);
					}
				}
				return Status.OK_STATUS;
			}
		}.schedule();
	}

	/** A .strategy file of the served project changed in Eclipse (saved, added, removed): the workspace reads the folder again. */
	private void resourcesChanged(IResourceChangeEvent event) {
		Served now = current();
		if (now == null || event.getDelta() == null) {
			return;
		}
		IResourceDelta delta = event.getDelta().findMember(now.project().getFullPath());
		if (delta == null) {
			return;
		}
		boolean[] models = { false };
		try {
			delta.accept(d -> {
				IResource resource = d.getResource();
				models[0] |= resource.getType() == IResource.FILE && "strategy".equals(resource.getFileExtension())
						&& (d.getKind() != IResourceDelta.CHANGED || (d.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0);
				return !models[0];
			});
		} catch (CoreException e) {
			WorkbenchPlugin.log(e.getStatus());
		}
		if (models[0]) {
			reload.schedule();
		}
	}
}
