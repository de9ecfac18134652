/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

import io.stratagem.workbench.ModelFolders;
import io.stratagem.workbench.StrategyPerspective;
import io.stratagem.workbench.jobs.ModelJob;

/** Waiting in the UI thread (the tests run in it) and screenshots, for the tests under a real display. */
final class Ui {

	/** Upper bound of every wait; a condition met earlier ends the wait at once. */
	static final long TIMEOUT_MILLIS = 120_000;

	private Ui() {
	}

	/** The active page in the Stratagem perspective, its window given the whole screen (Xvfb has no window manager to maximize it). */
	static IWorkbenchPage strategyPage() {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.setBounds(shell.getDisplay().getBounds());
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(StrategyPerspective.ID));
		return page;
	}

	/** A copy of examples/acme-insurance below {@code temp}, opened as a workspace project. */
	static IProject openExample(Path temp) throws Exception {
		Path folder = Examples.copy(Examples.acmeInsurance(), temp.resolve("acme-insurance"));
		return ModelFolders.open(folder, new NullProgressMonitor());
	}

	/** Closes the editors, lets the model jobs finish and removes the project (its files stay in the temporary folder). */
	static void closeExample(IWorkbenchPage page, IProject project) throws CoreException {
		page.closeAllEditors(false);
		waitForModelJobs();
		project.delete(false, true, new NullProgressMonitor());
	}

	/** Runs the event loop until {@code condition} holds; fails naming {@code what} after the timeout. */
	static void waitUntil(BooleanSupplier condition, String what) {
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

	/** Runs the event loop until the model jobs are done. */
	static void waitForModelJobs() {
		waitUntil(() -> Job.getJobManager().find(ModelJob.FAMILY).length == 0, "the Stratagem jobs to finish");
	}

	/** Runs the event loop for a while (painting before a screenshot). */
	static void settle(long millis) {
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
	static void screenshot(String name) throws Exception {
		Display display = Display.getCurrent();
		Rectangle bounds = display.getBounds();
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
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(folder.resolve(name).toString(), SWT.IMAGE_PNG);
		image.dispose();
		assertTrue(Files.size(folder.resolve(name)) > 10_000, "a screenshot with content");
	}
}
