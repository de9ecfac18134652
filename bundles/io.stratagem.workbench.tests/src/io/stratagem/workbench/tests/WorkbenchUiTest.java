/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.stratagem.workbench.ModelFolders;
import io.stratagem.workbench.StrategyPerspective;
import io.stratagem.workbench.diagram.DiagramView;
import io.stratagem.workbench.editor.StrategyEditor;
import io.stratagem.workbench.jobs.ProblemMarkers;
import io.stratagem.workbench.jobs.ModelJob;
import io.stratagem.workbench.services.SemanticKind;

/**
 * The workbench as a user meets it, in a real display: open a copy of the Acme Insurance example,
 * edit and save a model, see the findings as markers, generate the site, export and view the
 * diagrams. A screenshot of the window is kept in target/screenshots.
 */
class WorkbenchUiTest {

	private static final long TIMEOUT_MILLIS = 120_000;

	@TempDir
	Path temp;

	private IWorkbenchPage page;
	private IProject project;

	@BeforeEach
	void openExample() throws Exception {
		// Xvfb has no window manager to maximize the window: give it the whole screen
		org.eclipse.swt.widgets.Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.setBounds(shell.getDisplay().getBounds());
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(StrategyPerspective.ID));
		Path folder = Examples.copy(Examples.acmeInsurance(), temp.resolve("acme-insurance"));
		project = ModelFolders.open(folder, new NullProgressMonitor());
	}

	@AfterEach
	void closeExample() throws CoreException {
		page.closeAllEditors(false);
		waitForModelJobs();
		project.delete(false, true, new NullProgressMonitor()); // the files stay in the temporary folder
	}

	@Test
	void validateMarksTheKnownFindingWithItsRuleCode() throws Exception {
		IFile goals = project.getFile("goals.strategy");
		StrategyEditor editor = (StrategyEditor) IDE.openEditor(page, goals, StrategyEditor.ID);
		run("io.stratagem.workbench.validate");
		IMarker marker = waitForMarker(goals, "STRAT-STRAT-001", 94);
		assertEquals(IMarker.SEVERITY_WARNING, marker.getAttribute(IMarker.SEVERITY, -1));
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("Objective TrustworthyAI is served by no use case"));
		waitUntil(() -> editor.semanticHighlights().stream().anyMatch(h -> h.kind() == SemanticKind.DECLARATION), "semantic highlighting of the editor");
	}

	@Test
	void savingAModelValidatesItAgain() throws Exception {
		IFile goals = project.getFile("goals.strategy");
		StrategyEditor editor = (StrategyEditor) IDE.openEditor(page, goals, StrategyEditor.ID);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		document.set(document.get().replace("measured by ControlCoverage", "measured by NoSuchKpi"));
		editor.doSave(new NullProgressMonitor());
		IMarker marker = waitForMarker(goals, "STRAT-LINK-001", 0);
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("NoSuchKpi"), marker.getAttribute(IMarker.MESSAGE, ""));
		assertTrue(marker.getAttribute(IMarker.CHAR_START, -1) > 0, "the marker underlines the reference");
	}

	@Test
	void problemsOfTheUnsavedTextAreShownWhileTyping() throws Exception {
		IFile goals = project.getFile("goals.strategy");
		StrategyEditor editor = (StrategyEditor) IDE.openEditor(page, goals, StrategyEditor.ID);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		document.set(document.get().replace("measured by ControlCoverage", "measured by NoSuchKpi"));

		waitUntil(() -> editor.liveProblems().stream().anyMatch(p -> p.startsWith("STRAT-LINK-001 ") && p.contains("NoSuchKpi")), "the broken reference marked while typing");
		assertTrue(editor.isDirty(), "nothing was saved");
		assertFalse(Files.readString(goals.getLocation().toFile().toPath()).contains("NoSuchKpi"));

		document.set(document.get().replace("measured by NoSuchKpi", "measured by ControlCoverage"));
		waitUntil(() -> editor.liveProblems().stream().noneMatch(p -> p.contains("NoSuchKpi")), "the mark gone once the text is fixed");

		document.set(document.get().replace("measured by ControlCoverage", "measured by NoSuchKpi"));
		waitUntil(() -> editor.liveProblems().stream().anyMatch(p -> p.contains("NoSuchKpi")), "marked again");
		editor.doSave(new NullProgressMonitor());
		waitForMarker(goals, "STRAT-LINK-001", 0);
		waitUntil(() -> editor.liveProblems().isEmpty(), "after saving, the markers alone");
	}

	@Test
	void generateWritesTheRoadmapSiteAndExportWritesTheDiagrams() throws Exception {
		select(project);
		run("io.stratagem.workbench.generate");
		waitForModelJobs();
		Path site = project.getLocation().toFile().toPath().resolve("site");
		assertTrue(Files.isRegularFile(site.resolve("index.html")), "site/index.html");
		assertTrue(Files.isRegularFile(site.resolve("roadmap.html")), "site/roadmap.html");
		assertTrue(project.getFolder("site").getFile("index.html").exists(), "the site is refreshed into the workspace");

		run("io.stratagem.workbench.exportDiagram");
		waitForModelJobs();
		Path diagrams = project.getLocation().toFile().toPath().resolve("diagrams");
		assertTrue(Files.readString(diagrams.resolve("strategy.svg")).contains("<svg"));
		assertTrue(Files.size(diagrams.resolve("roadmap.png")) > 1000);
	}

	@Test
	void diagramViewShowsTheDiagramsOfTheSelectedProject() throws Exception {
		IDE.openEditor(page, project.getFile("roadmap.strategy"), StrategyEditor.ID);
		DiagramView view = (DiagramView) page.showView(DiagramView.ID);
		view.show(project);
		waitUntil(() -> view.page() != null && contains(view.page(), "Strategy graph"), "the diagram page");
		String html = Files.readString(view.page());
		assertTrue(html.contains("<svg"), "drawn diagrams in the page");
		assertFalse(html.contains("have no roadmap"), "acme-insurance has a roadmap");
		assertTrue(view.browser().available(), "the SWT browser (WebKitGTK) is available");
		waitUntil(() -> view.page().toUri().toString().equals(view.browser().url()), "the browser shows the page");
		settle(1500);
		screenshot("workbench-diagram.png");
	}

	private static boolean contains(Path file, String text) {
		try {
			return Files.readString(file).contains(text);
		} catch (java.io.IOException e) {
			return false;
		}
	}

	private void select(IProject selected) throws Exception {
		CommonNavigator explorer = (CommonNavigator) page.showView(StrategyPerspective.PROJECT_EXPLORER);
		explorer.selectReveal(new StructuredSelection(selected));
		page.activate(explorer);
		settle(200);
	}

	private static void run(String command) throws Exception {
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		handlers.executeCommand(command, null);
	}

	private IMarker waitForMarker(IFile file, String code, int line) throws CoreException {
		IMarker[] found = new IMarker[1];
		waitUntil(() -> {
			try {
				found[0] = Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
						.filter(m -> code.equals(m.getAttribute(ProblemMarkers.CODE, "")) && (line == 0 || m.getAttribute(IMarker.LINE_NUMBER, -1) == line))
						.findFirst().orElse(null);
				return found[0] != null;
			} catch (CoreException e) {
				return false;
			}
		}, "a " + code + " marker on " + file.getName() + (line > 0 ? " line " + line : ""));
		assertNotNull(found[0]);
		return found[0];
	}

	/** Runs the event loop (the tests run in the UI thread) until the model jobs are done. */
	private static void waitForModelJobs() {
		waitUntil(() -> Job.getJobManager().find(ModelJob.FAMILY).length == 0, "the Stratagem jobs to finish");
	}

	private static void waitUntil(BooleanSupplier condition, String what) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + TIMEOUT_MILLIS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("waited " + TIMEOUT_MILLIS / 1000 + " s for " + what);
			}
			if (!display.readAndDispatch()) {
				sleep(20);
			}
		}
	}

	private static void settle(long millis) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				sleep(20);
			}
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Saves the whole screen (the workbench window) as PNG under target/screenshots. */
	private static void screenshot(String name) throws Exception {
		Display display = Display.getCurrent();
		org.eclipse.swt.graphics.Rectangle bounds = display.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, 0, 0);
		} finally {
			gc.dispose();
		}
		Path folder = Paths.get(System.getProperty("stratagem.screenshots", "target/screenshots"));
		Files.createDirectories(folder);
		ImageLoader loader = new ImageLoader();
		loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
		loader.save(folder.resolve(name).toString(), SWT.IMAGE_PNG);
		image.dispose();
		assertTrue(Files.size(folder.resolve(name)) > 10_000, "a screenshot with content");
	}
}
