/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.editor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import io.stratagem.workbench.StrategyLanguage;
import io.stratagem.workbench.WorkbenchPlugin;
import io.stratagem.workbench.services.Highlight;
import io.stratagem.workbench.services.OutlineNode;
import io.stratagem.workbench.services.StrategyDocument;
import io.stratagem.workspace.report.Finding;

/**
 * The .strategy text editor: lexical and semantic colouring, content assist, hover and outline from
 * the editor-neutral language services (no Xtext UI); problems of the unsaved text as annotations
 * while typing, problem markers from validation on save.
 */
public class StrategyEditor extends TextEditor {

	public static final String ID = "io.stratagem.workbench.editor";

	private StrategyDocument model;
	private SemanticHighlighter highlighter;
	private LiveProblemAnnotations liveProblems;
	private ModelOutlinePage outline;

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		setSourceViewerConfiguration(new StrategySourceViewerConfiguration(this, getPreferenceStore()));
	}

	@Override
	protected void doSetInput(IEditorInput input) throws CoreException {
		super.doSetInput(input);
		Partitions.install(getDocumentProvider().getDocument(input));
		synchronized (this) {
			model = null; // another file: its neighbours differ
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		highlighter = new SemanticHighlighter(getSourceViewer());
		liveProblems = new LiveProblemAnnotations(getSourceViewer());
		ResourcesPlugin.getWorkspace().addResourceChangeListener(neighbourListener, IResourceChangeEvent.POST_CHANGE);
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(neighbourListener);
		super.dispose();
	}

	/** Another model file of the project changed on disk: load the neighbours again at the next request. */
	private final IResourceChangeListener neighbourListener = event -> {
		IFile edited = Adapters.adapt(getEditorInput(), IFile.class);
		if (edited == null || event.getDelta() == null) {
			return;
		}
		boolean[] changed = { false };
		try {
			event.getDelta().accept(delta -> {
				IResource resource = delta.getResource();
				changed[0] |= resource.getType() == IResource.FILE && "strategy".equals(resource.getFileExtension())
						&& resource.getProject().equals(edited.getProject()) && !resource.equals(edited);
				return !changed[0];
			});
		} catch (CoreException e) {
			WorkbenchPlugin.log(e.getStatus());
		}
		if (changed[0]) {
			synchronized (this) {
				model = null;
			}
		}
	};

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IContentOutlinePage.class) {
			if (outline == null) {
				outline = new ModelOutlinePage(this);
			}
			return adapter.cast(outline);
		}
		return super.getAdapter(adapter);
	}

	/** The model of the edited file, created on first use with the other model files of its project. */
	synchronized StrategyDocument model(String text) {
		if (model == null) {
			IFile file = Adapters.adapt(getEditorInput(), IFile.class);
			Path path = file != null && file.getLocation() != null ? file.getLocation().toFile().toPath() : Paths.get("untitled.strategy").toAbsolutePath();
			List<Path> neighbours = file != null && file.getProject().getLocation() != null ? modelFiles(file.getProject().getLocation().toFile().toPath()) : List.of();
			model = StrategyDocument.open(StrategyLanguage.injector(), path, neighbours, text);
		}
		return model;
	}

	private static List<Path> modelFiles(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".strategy") && Files.isRegularFile(f)).toList();
		} catch (IOException | UncheckedIOException e) {
			return List.of(); // names of other files are then unknown; validation says why
		}
	}

	/**
	 * From the reconciler thread: brings the model up to the text, then refreshes colours, outline
	 * and, while the text is unsaved, its problems in the UI thread.
	 */
	void reconcile(String text) {
		List<Highlight> highlights;
		List<OutlineNode> nodes;
		List<Finding> problems;
		try {
			StrategyDocument document = model(text);
			highlights = document.semanticHighlights(text);
			nodes = document.outline(text);
			problems = document.problems(text);
		} catch (RuntimeException e) {
			WorkbenchPlugin.log(WorkbenchPlugin.error("the editor could not analyse " + getTitle() + ": " + e.getMessage(), e));
			return;
		}
		Display display = getSite() == null ? null : getSite().getShell().getDisplay();
		if (display == null || display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			if (highlighter != null && getSourceViewer() != null) {
				highlighter.show(highlights);
			}
			if (outline != null) {
				outline.show(nodes);
			}
			showLiveProblems(problems, text);
		});
	}

	/** Saved text is validated with the project and marked; problems shown while typing would repeat those markers. */
	@Override
	protected void editorSaved() {
		super.editorSaved();
		if (liveProblems != null && getSourceViewer() != null) {
			liveProblems.clear(getSourceViewer().getDocument().getLength());
		}
	}

	private void showLiveProblems(List<Finding> problems, String text) {
		if (liveProblems == null || getSourceViewer() == null) {
			return;
		}
		boolean current = text.equals(getSourceViewer().getDocument().get());
		if (isDirty() && current) {
			liveProblems.show(problems, text.length());
		} else if (!isDirty()) {
			liveProblems.clear(text.length());
		}
	}

	/** The problems shown for the unsaved text now, as "code message" (tests). */
	public List<String> liveProblems() {
		return liveProblems == null ? List.of() : liveProblems.shown().stream().map(Annotation::getText).toList();
	}

	/** The semantic ranges shown now (tests). */
	public List<Highlight> semanticHighlights() {
		return highlighter == null ? List.of() : highlighter.highlights();
	}
}
