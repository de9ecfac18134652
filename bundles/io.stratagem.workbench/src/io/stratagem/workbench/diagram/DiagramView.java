/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.diagram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

import io.stratagem.cli.load.ModelSet;
import io.stratagem.workbench.StrategyLanguage;
import io.stratagem.workbench.WorkbenchPlugin;
import io.stratagem.workbench.jobs.ModelJob;
import io.stratagem.workbench.services.ProjectModels;

/**
 * The roadmap and strategy diagrams of the selected project, drawn again after each save of one
 * of its model files. Drawing runs in a background job; the page is a file the browser opens.
 */
public class DiagramView extends ViewPart {

	public static final String ID = "io.stratagem.workbench.diagram";

	private final AtomicInteger pages = new AtomicInteger();
	private DiagramBrowser browser;
	private volatile IProject project;
	private volatile Path page;

	private final ISelectionListener selectionListener = this::selected;

	private final IResourceChangeListener saveListener = this::changed;

	@Override
	public void createPartControl(Composite parent) {
		browser = new DiagramBrowser(parent);
		showPage(DiagramPage.message("Select a model project or open one of its .strategy files to see its roadmap and strategy graph."));
		getSite().getPage().addPostSelectionListener(selectionListener);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(saveListener, IResourceChangeEvent.POST_CHANGE);
		IEditorPart editor = getSite().getPage().getActiveEditor();
		if (editor != null) {
			selected(editor, null);
		}
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(selectionListener);
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(saveListener);
		super.dispose();
	}

	@Override
	public void setFocus() {
		browser.control().setFocus();
	}

	/** Shows the diagrams of this project (also called by the selection listener). */
	public void show(IProject shown) {
		project = shown;
		draw(shown);
	}

	public IProject project() {
		return project;
	}

	/** The page file shown now, null before the first drawing. */
	public Path page() {
		return page;
	}

	public DiagramBrowser browser() {
		return browser;
	}

	private void selected(IWorkbenchPart part, ISelection selection) {
		IResource resource = null;
		if (part instanceof IEditorPart editor) {
			resource = Adapters.adapt(editor.getEditorInput(), IResource.class);
		} else if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
			resource = Adapters.adapt(structured.getFirstElement(), IResource.class);
		}
		if (resource != null && resource.getProject() != null && !resource.getProject().equals(project)) {
			show(resource.getProject());
		}
	}

	private void changed(IResourceChangeEvent event) {
		IProject shown = project;
		if (shown == null || event.getDelta() == null) {
			return;
		}
		IResourceDelta delta = event.getDelta().findMember(shown.getFullPath());
		if (delta == null) {
			return;
		}
		boolean[] models = { false };
		try {
			delta.accept(d -> {
				models[0] |= d.getResource().getType() == IResource.FILE && "strategy".equals(d.getResource().getFileExtension());
				return !models[0];
			});
		} catch (CoreException e) {
			WorkbenchPlugin.log(e.getStatus());
		}
		if (models[0]) {
			draw(shown);
		}
	}

	private void draw(IProject shown) {
		Job job = new Job("Draw diagrams (" + shown.getName() + ")") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				if (!shown.isAccessible() || shown.getLocation() == null) {
					return Status.OK_STATUS;
				}
				String html;
				try {
					ProjectModels models = StrategyLanguage.injector().getInstance(ProjectModels.class);
					ModelSet loaded = models.load(shown.getLocation().toFile().toPath());
					html = DiagramPage.html(shown.getName(), models.diagrams(loaded));
				} catch (RuntimeException | LinkageError e) {
					WorkbenchPlugin.log(WorkbenchPlugin.error("the diagrams of " + shown.getName() + " could not be drawn: " + e.getMessage(), e));
					html = DiagramPage.message("The diagrams of " + shown.getName() + " could not be drawn: " + e.getMessage() + " (details in the error log)");
				}
				if (shown.equals(project)) {
					String drawn = html;
					Display.getDefault().asyncExec(() -> showPage(drawn));
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == ModelJob.FAMILY;
			}
		};
		job.setSystem(true);
		job.schedule();
	}

	/** Writes the page to a new file (the browser then loads it afresh) and shows it. */
	private void showPage(String html) {
		if (browser.control().isDisposed()) {
			return;
		}
		try {
			Path folder = Files.createDirectories(WorkbenchPlugin.get().getStateLocation().toFile().toPath().resolve("diagrams"));
			Path next = folder.resolve("page-" + pages.incrementAndGet() + ".html");
			Files.writeString(next, html, StandardCharsets.UTF_8);
			Path previous = page;
			page = next;
			browser.show(next.toUri().toString());
			if (previous != null) {
				Files.deleteIfExists(previous);
			}
		} catch (IOException e) {
			WorkbenchPlugin.log(WorkbenchPlugin.error("cannot write the diagram page: " + e.getMessage(), e));
		}
	}
}
