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
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.Test;

import io.stratagem.workbench.StrategyPerspective;
import io.stratagem.workbench.editor.StrategyEditor;
import io.stratagem.workbench.jobs.ProblemMarkers;
import io.stratagem.workbench.services.SemanticKind;

/**
 * The workbench as a user meets it, in a real display: open a copy of the Acme Insurance example,
 * edit and save a model, see the findings as markers, generate the site and export the diagrams
 * (the Diagram view: {@link DiagramViewTest}).
 */
class WorkbenchUiTest extends ExampleProjectTest {

	@Test
	void validateMarksTheKnownFindingWithItsRuleCode() throws Exception {
		IFile goals = project.getFile("goals.strategy");
		StrategyEditor editor = open(goals);
		run("io.stratagem.workbench.validate");
		IMarker marker = waitForMarker(goals, "STRAT-STRAT-001", 94);
		assertEquals(IMarker.SEVERITY_WARNING, marker.getAttribute(IMarker.SEVERITY, -1));
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("Objective TrustworthyAI is served by no use case"));
		Ui.waitUntil(() -> editor.semanticHighlights().stream().anyMatch(h -> h.kind() == SemanticKind.DECLARATION), "semantic highlighting of the editor");
	}

	@Test
	void savingAModelValidatesItAgain() throws Exception {
		IFile goals = project.getFile("goals.strategy");
		StrategyEditor editor = open(goals);
		breakTheKpiReference(editor);
		editor.doSave(new NullProgressMonitor());
		IMarker marker = waitForMarker(goals, "STRAT-LINK-001", 0);
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("NoSuchKpi"), marker.getAttribute(IMarker.MESSAGE, ""));
		assertTrue(marker.getAttribute(IMarker.CHAR_START, -1) > 0, "the marker underlines the reference");
	}

	@Test
	void problemsOfTheUnsavedTextAreShownWhileTyping() throws Exception {
		IFile goals = project.getFile("goals.strategy");
		StrategyEditor editor = open(goals);
		breakTheKpiReference(editor);

		Ui.waitUntil(() -> editor.liveProblems().stream().anyMatch(p -> p.startsWith("STRAT-LINK-001 ") && p.contains("NoSuchKpi")), "the broken reference marked while typing");
		assertTrue(editor.isDirty(), "nothing was saved");
		assertFalse(Files.readString(goals.getLocation().toFile().toPath()).contains("NoSuchKpi"));

		repairTheKpiReference(editor);
		Ui.waitUntil(() -> editor.liveProblems().stream().noneMatch(p -> p.contains("NoSuchKpi")), "the mark gone once the text is fixed");

		breakTheKpiReference(editor);
		Ui.waitUntil(() -> editor.liveProblems().stream().anyMatch(p -> p.contains("NoSuchKpi")), "marked again");
		editor.doSave(new NullProgressMonitor());
		waitForMarker(goals, "STRAT-LINK-001", 0);
		Ui.waitUntil(() -> editor.liveProblems().isEmpty(), "after saving, the markers alone");
	}

	@Test
	void generateWritesTheRoadmapSiteAndExportWritesTheDiagrams() throws Exception {
		select(project);
		run("io.stratagem.workbench.generate");
		Ui.waitForModelJobs();
		Path site = project.getLocation().toFile().toPath().resolve("site");
		assertTrue(Files.isRegularFile(site.resolve("index.html")), "site/index.html");
		assertTrue(Files.isRegularFile(site.resolve("roadmap.html")), "site/roadmap.html");
		assertTrue(project.getFolder("site").getFile("index.html").exists(), "the site is refreshed into the workspace");

		run("io.stratagem.workbench.exportDiagram");
		Ui.waitForModelJobs();
		Path diagrams = project.getLocation().toFile().toPath().resolve("diagrams");
		assertTrue(Files.readString(diagrams.resolve("strategy.svg")).contains("<svg"));
		assertTrue(Files.size(diagrams.resolve("roadmap.png")) > 1000);
	}

	private StrategyEditor open(IFile file) throws PartInitException {
		return (StrategyEditor) IDE.openEditor(page, file, StrategyEditor.ID);
	}

	/** Makes the reference of goals.strategy to the KPI ControlCoverage one to NoSuchKpi, in the editor's text only. */
	private static void breakTheKpiReference(StrategyEditor editor) {
		replace(editor, "measured by ControlCoverage", "measured by NoSuchKpi");
	}

	/** Undoes {@link #breakTheKpiReference}, in the editor's text only. */
	private static void repairTheKpiReference(StrategyEditor editor) {
		replace(editor, "measured by NoSuchKpi", "measured by ControlCoverage");
	}

	private static void replace(StrategyEditor editor, String text, String replacement) {
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		document.set(document.get().replace(text, replacement));
	}

	private void select(IProject selected) throws Exception {
		CommonNavigator explorer = (CommonNavigator) page.showView(StrategyPerspective.PROJECT_EXPLORER);
		explorer.selectReveal(new StructuredSelection(selected));
		page.activate(explorer);
		Ui.settle(200);
	}

	private static void run(String command) throws Exception {
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		handlers.executeCommand(command, null);
	}

	private IMarker waitForMarker(IFile file, String code, int line) throws CoreException {
		IMarker[] found = new IMarker[1];
		Ui.waitUntil(() -> {
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
}
