/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWTException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.stratagem.workbench.WorkbenchPlugin;
import io.stratagem.workbench.diagram.DiagramView;
import io.stratagem.workbench.editor.StrategyEditor;
import io.stratagem.workbench.jobs.ProblemMarkers;

/**
 * The Diagram view hosts the interactive GLSP diagrams (the browser workbench's page, in the SWT
 * Browser, served by the workbench's own loopback server): both diagrams load, a gesture in the page
 * writes the .strategy file and reaches the open editor, and an editor save redraws the page.
 * Screenshots in target/screenshots.
 */
class DiagramViewTest extends ExampleProjectTest {

	private static final String CLOUD_TENANCY = "sprotty_acme.delivery.CloudTenancy";
	private static final String RENAMED = "sprotty_acme.delivery.SovereignTenancy";
	private static final String CLAIMS_TRIAGE = "sprotty_acme.usecases.ClaimsTriage";

	@AfterEach
	void hideDiagramView() {
		DiagramView view = (DiagramView) page.findView(DiagramView.ID);
		if (view != null) {
			page.hideView(view);
		}
	}

	@Test
	void theDiagramsLoadAndEditTheModelsInStepWithTheEditors() throws Exception {
		StrategyEditor roadmapEditor = (StrategyEditor) IDE.openEditor(page, project.getFile("roadmap.strategy"), StrategyEditor.ID);
		DiagramView view = (DiagramView) page.showView(DiagramView.ID);
		assertTrue(view.browser().available(), "the SWT browser (WebKitGTK) is available");
		long opened = System.nanoTime();
		view.show(project);
		waitForElement(view, CLOUD_TENANCY, "the CloudTenancy bar in the roadmap");
		System.out.println("DiagramViewTest: roadmap drawn " + (System.nanoTime() - opened) / 1_000_000 + " ms after the view was shown (server start, page, GLSP handshake)");
		assertTrue(view.browser().url().contains("/diagram/diagram.html?kind=roadmap"), view.browser().url());
		assertTrue(WorkbenchPlugin.get().diagramHost().current().server().isLoopback(), "the diagram server listens on loopback only");
		Ui.settle(1000);
		Ui.screenshot("workbench-diagram.png");

		// an editor save: the open page draws the renamed initiative
		IDocument roadmapText = roadmapEditor.getDocumentProvider().getDocument(roadmapEditor.getEditorInput());
		roadmapText.set(roadmapText.get().replace("CloudTenancy", "SovereignTenancy"));
		long saved = System.nanoTime();
		roadmapEditor.doSave(new NullProgressMonitor());
		waitForElement(view, RENAMED, "the renamed bar, drawn again after the editor's save");
		System.out.println("DiagramViewTest: renamed bar drawn " + (System.nanoTime() - saved) / 1_000_000 + " ms after the editor's save");
		// the page fades removed elements out
		Ui.waitUntil(() -> holds(view, "return document.getElementById('" + CLOUD_TENANCY + "') === null;"), "the old bar to be gone");

		// a gesture in the strategy graph: the palette's KPI tool, clicked on the canvas, writes a new KPI
		IFile kpis = project.getFile("kpis.strategy");
		StrategyEditor kpiEditor = (StrategyEditor) IDE.openEditor(page, kpis, StrategyEditor.ID);
		// the graph is wide: it gets the whole window, as a user editing it would give it (the page draws only what is in view)
		page.activate(view);
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		view.showKind(DiagramView.STRATEGY);
		waitForElement(view, CLAIMS_TRIAGE, "the ClaimsTriage use case in the strategy graph");
		Ui.waitUntil(() -> holds(view, PALETTE_KPI + "return tool !== undefined;"), "the palette's KPI tool");
		view.browser().evaluate(PALETTE_KPI + "tool.click(); return true;");
		Ui.waitUntil(() -> holds(view, "return document.querySelector('.node-creation-mode') !== null;"), "the KPI tool to be active");
		assertEquals(Boolean.TRUE, view.browser().evaluate(MOUSE + "return mouse('mousemove');"), "the mouse moved over the canvas");
		Ui.settle(500); // the tool places its ghost element where the mouse is
		assertEquals(Boolean.TRUE, view.browser().evaluate(MOUSE + "return mouse('mousedown') && mouse('mouseup') && mouse('click');"), "the canvas clicked");
		Path kpiFile = kpis.getLocation().toFile().toPath();
		Ui.waitUntil(() -> text(kpiFile).contains("kpi NewKpi"), "the new KPI written into kpis.strategy");
		IDocument kpiText = kpiEditor.getDocumentProvider().getDocument(kpiEditor.getEditorInput());
		Ui.waitUntil(() -> kpiText.get().contains("kpi NewKpi"), "the open kpis.strategy editor to show the new KPI");
		assertTrue(kpis.isSynchronized(IResource.DEPTH_ZERO), "Eclipse has read the file the diagram wrote");
		assertTrue(!kpiEditor.isDirty(), "the editor reloaded the file, no unsaved changes");
		Ui.waitUntil(() -> hasMarker(kpis, "KPI NewKpi has no baseline"), "the markers of kpis.strategy validated again (NewKpi has no baseline)");
		waitForElement(view, "sprotty_acme.metrics.NewKpi", "the new KPI drawn in the strategy graph");
		// the whole graph for the screenshot
		view.browser().evaluate("document.getElementById('fit').click(); return true;");
		Ui.settle(1000);
		Ui.screenshot("workbench-diagram-strategy.png");
	}

	@Test
	void theServerAlsoUpgradesTheLanguageServerSocketInsideOsgi() throws Exception {
		DiagramView view = (DiagramView) page.showView(DiagramView.ID);
		view.show(project);
		waitForElement(view, CLOUD_TENANCY, "the CloudTenancy bar in the roadmap");
		// /lsp's configurator is the websocket API's own, which looks up Jetty's through the context class loader
		view.browser().evaluate("var socket = new WebSocket(location.origin.replace('http', 'ws') + '/lsp');"
				+ "socket.onopen = function () { window.lspSocket = 'open'; socket.close(); };"
				+ "socket.onerror = function () { window.lspSocket = window.lspSocket || 'failed'; };"
				+ "return true;");
		Ui.waitUntil(() -> view.browser().evaluate("return window.lspSocket === undefined ? null : window.lspSocket;") != null, "the /lsp websocket to open or fail");
		assertEquals("open", view.browser().evaluate("return window.lspSocket;"), "the /lsp websocket handshake under Equinox");
	}

	/** Finds the palette's KPI entry as {@code tool}: the innermost element whose text is "KPI" (a click on it reaches its button). */
	private static final String PALETTE_KPI = "var named = Array.from(document.querySelectorAll('.tool-palette *'))"
			+ ".filter(function (e) { return e.textContent.trim() === 'KPI'; });"
			+ "var tool = named[named.length - 1];";

	/**
	 * {@code mouse(type)} dispatches a mouse event over the header strip above the graph (no element
	 * there: the KPI is created unconnected) to the element there, as a user's mouse reaches the page.
	 */
	private static final String MOUSE = "var box = document.getElementById('sprotty').getBoundingClientRect();"
			+ "var x = box.left + 15, y = box.top + 15;"
			+ "var mouse = function (type) {"
			+ "  var target = document.elementFromPoint(x, y);"
			+ "  if (!target) { return false; }"
			+ "  target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view: window, clientX: x, clientY: y, button: 0, buttons: type === 'mousedown' ? 1 : 0 }));"
			+ "  return true;"
			+ "};";

	/**
	 * Whether the page's script answers true; false while WebKitGTK cannot answer, as when the page
	 * is being replaced (it then throws "Unsupported result type"), so a wait goes on until its timeout.
	 */
	private static boolean holds(DiagramView view, String script) {
		try {
			return Boolean.TRUE.equals(view.browser().evaluate(script));
		} catch (SWTException e) {
			return false;
		}
	}

	private static void waitForElement(DiagramView view, String id, String what) {
		try {
			Ui.waitUntil(() -> holds(view, "return document.getElementById('" + id + "') !== null;"), what);
		} catch (AssertionError e) {
			// what the page says, to tell a page that failed from one that drew something else
			throw new AssertionError(e.getMessage() + "; page " + view.browser().url() + ": " + pageState(view), e);
		}
		assertNotNull(view.browser().url());
	}

	/** What the page shows, or why it could not say (a page not loaded, or being replaced). */
	private static String pageState(DiagramView view) {
		try {
			return String.valueOf(view.browser().evaluate(
					"return 'state ' + document.readyState + ', location ' + location.href + ', status \"' + (document.getElementById('status') || {}).textContent"
							+ " + '\", diagram ' + (document.body && document.body.dataset.diagram)"
							+ " + ', ' + document.querySelectorAll('[id^=sprotty_]').length + ' elements, first: '"
							+ " + Array.from(document.querySelectorAll('[id^=sprotty_]')).slice(0, 5).map(function (e) { return e.id; }).join(' ')"
							+ " + ', text: ' + (document.body ? document.body.innerText.slice(0, 300) : '');"));
		} catch (SWTException e) {
			return "no answer (" + e.getMessage() + ")";
		}
	}

	private static boolean hasMarker(IFile file, String message) {
		try {
			return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO)).anyMatch(m -> m.getAttribute(IMarker.MESSAGE, "").contains(message));
		} catch (CoreException e) {
			return false;
		}
	}

	private static String text(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
