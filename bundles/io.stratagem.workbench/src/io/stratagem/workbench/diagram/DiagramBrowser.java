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
 * Hosts a diagram page in the SWT Browser (WebKitGTK on Linux). It only knows URLs, so the page
 * shown can be the drawn SVG page today and the interactive diagram client tomorrow.
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

	public void show(String url) {
		if (browser != null && !browser.isDisposed()) {
			browser.setUrl(url);
		}
	}

	/** The URL shown now, or null when there is no browser engine. */
	public String url() {
		return browser == null || browser.isDisposed() ? null : browser.getUrl();
	}
}
