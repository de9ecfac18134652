/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.diagram;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

import io.stratagem.workbench.WorkbenchPlugin;
import io.stratagem.workbench.diagram.DiagramHost.Served;

/**
 * The interactive roadmap and strategy diagrams of the selected project: the same GLSP diagram
 * page as the browser workbench, served by the workbench's {@link DiagramHost}, shown in the SWT
 * Browser. The toolbar switches between the two diagrams. Edits made in the page write the
 * .strategy files; saves in the editors redraw the page.
 */
public class DiagramView extends ViewPart {

	public static final String ID = "io.stratagem.workbench.diagram";

	/** The diagrams the view switches between, as the page's {@code kind}. */
	public static final String ROADMAP = "roadmap";
	public static final String STRATEGY = "strategy";

	private DiagramBrowser browser;
	private volatile IProject project;
	private volatile String kind = ROADMAP;
	private IAction roadmapAction;
	private IAction strategyAction;

	private final ISelectionListener selectionListener = this::selected;

	@Override
	public void createPartControl(Composite parent) {
		browser = new DiagramBrowser(parent);
		roadmapAction = kindAction("Roadmap", ROADMAP);
		strategyAction = kindAction("Strategy graph", STRATEGY);
		roadmapAction.setChecked(true);
		IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
		toolBar.add(roadmapAction);
		toolBar.add(strategyAction);
		browser.showText(DiagramPage.message("Select a model project or open one of its .strategy files to see and edit its roadmap and strategy graph."));
		getSite().getPage().addPostSelectionListener(selectionListener);
		IEditorPart editor = getSite().getPage().getActiveEditor();
		if (editor != null) {
			selected(editor, null);
		}
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(selectionListener);
		try {
			WorkbenchPlugin.get().diagramHost().close();
		} catch (Exception e) {
			WorkbenchPlugin.log(WorkbenchPlugin.error("the diagram server did not stop cleanly: " + e.getMessage(), e));
		}
		super.dispose();
	}

	@Override
	public void setFocus() {
		browser.control().setFocus();
	}

	/** Shows the diagrams of this project (also called by the selection listener). */
	public void show(IProject shown) {
		project = shown;
		open(shown, kind);
	}

	/** Switches to the roadmap ({@link #ROADMAP}) or the strategy graph ({@link #STRATEGY}). */
	public void showKind(String shownKind) {
		kind = shownKind;
		roadmapAction.setChecked(ROADMAP.equals(shownKind));
		strategyAction.setChecked(STRATEGY.equals(shownKind));
		IProject shown = project;
		if (shown != null) {
			open(shown, shownKind);
		}
	}

	public IProject project() {
		return project;
	}

	public DiagramBrowser browser() {
		return browser;
	}

	private IAction kindAction(String label, String actionKind) {
		IAction action = new Action(label, IAction.AS_RADIO_BUTTON) {
			@Override
			public void run() {
				if (isChecked() && !actionKind.equals(kind)) {
					showKind(actionKind);
				}
			}
		};
		action.setToolTipText("Show the " + label.toLowerCase() + " of the project");
		return action;
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

	/** Starts (or reuses) the server of the project in a background job, then points the browser at the page. */
	private void open(IProject shown, String shownKind) {
		if (!browser.available()) {
			return;
		}
		Job job = new Job("Open the diagrams of " + shown.getName()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				if (!shown.isAccessible() || shown.getLocation() == null) {
					return Status.OK_STATUS;
				}
				String url = null;
				String failure = null;
				try {
					Served served = WorkbenchPlugin.get().diagramHost().serve(shown);
					url = served.page(shownKind).toString();
				} catch (Exception | LinkageError e) {
					WorkbenchPlugin.log(WorkbenchPlugin.error("the diagram server of " + shown.getName() + " could not start: " + e.getMessage(), e));
					failure = "The diagrams of " + shown.getName() + " could not be opened: " + e + " (details in the error log). Export Diagram still writes SVG and PNG files.";
				}
				String page = url;
				String message = failure;
				Display.getDefault().asyncExec(() -> {
					if (browser.control().isDisposed() || !shown.equals(project) || !shownKind.equals(kind)) {
						return;
					}
					if (page != null) {
						browser.show(page);
					} else {
						browser.showText(DiagramPage.message(message));
					}
				});
				return Status.OK_STATUS;
			}
		};
		job.setSystem(true);
		job.schedule();
	}
}
