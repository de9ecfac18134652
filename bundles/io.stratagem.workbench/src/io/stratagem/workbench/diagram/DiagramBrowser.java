/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.diagram;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * Hosts the diagram page in the SWT Browser (WebKitGTK on Linux), or says which package to
 * install when there is no browser engine.
 */
public final class DiagramBrowser {

	private final Browser browser;
	private final Label unavailable;

	public DiagramBrowser(Composite parent) {
		Browser created = null;
		Label message = null;
		try {
			created = new Browser(parent, SWT.NONE);
		} catch (SWTError e) {
			// no browser engine: on Debian/Ubuntu install libwebkit2gtk-4.1-0
			message = new Label(parent, SWT.WRAP);
			message.setText("Diagrams need a browser engine, which is missing: " + e.getMessage()
					+ "\nOn Debian or Ubuntu: sudo apt-get install libwebkit2gtk-4.1-0 (then restart). Export Diagram still writes SVG and PNG files.");
		}
		browser = created;
		unavailable = message;
	}

	public Control control() {
		return browser != null ? browser : unavailable;
	}

	public boolean available() {
		return browser != null;
	}

	/** The page {@link #show} was asked for, until it is shown or a text replaces it. */
	private String wanted;

	/**
	 * Shows the page at {@code url}. WebKitGTK may drop a navigation asked for while the widget is
	 * still starting (the view stays on about:blank), so the page is asked for again, a few times,
	 * until the browser left about:blank.
	 */
	public void show(String url) {
		if (browser != null && !browser.isDisposed()) {
			wanted = url;
			browser.setUrl(url);
			browser.getDisplay().timerExec(NAVIGATION_CHECK_MILLIS, () -> navigateAgainIfDropped(url, NAVIGATION_ATTEMPTS));
		}
	}

	private static final int NAVIGATION_CHECK_MILLIS = 2000;

	private static final int NAVIGATION_ATTEMPTS = 5;

	private void navigateAgainIfDropped(String url, int attemptsLeft) {
		if (browser.isDisposed() || !url.equals(wanted)) {
			return;
		}
		String shown = browser.getUrl();
		if (shown != null && !shown.isEmpty() && !shown.equals("about:blank")) {
			wanted = null;
			return;
		}
		if (attemptsLeft > 0) {
			browser.setUrl(url);
			browser.getDisplay().timerExec(NAVIGATION_CHECK_MILLIS, () -> navigateAgainIfDropped(url, attemptsLeft - 1));
		}
	}

	/** Shows a page given as HTML text (a message). */
	public void showText(String html) {
		if (browser != null && !browser.isDisposed()) {
			wanted = null;
			browser.setText(html);
		}
	}

	/**
	 * Runs a script in the page shown now and returns its result (as {@link Browser#evaluate(String)}),
	 * null when there is no browser engine.
	 */
	public Object evaluate(String script) {
		return browser == null || browser.isDisposed() ? null : browser.evaluate(script);
	}

	/** The URL shown now, or null when there is no browser engine. */
	public String url() {
		return browser == null || browser.isDisposed() ? null : browser.getUrl();
	}
}
