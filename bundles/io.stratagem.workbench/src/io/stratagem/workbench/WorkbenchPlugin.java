/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

import io.stratagem.workbench.diagram.DiagramHost;

/** The plug-in: its id, its log and the diagram server. */
public class WorkbenchPlugin extends AbstractUIPlugin {

	public static final String ID = "io.stratagem.workbench";

	private static WorkbenchPlugin plugin;

	private final DiagramHost diagramHost = new DiagramHost();

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		plugin = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		try {
			diagramHost.close();
		} finally {
			plugin = null;
			super.stop(context);
		}
	}

	/** The one diagram server of the workbench (stopped with the plug-in). */
	public DiagramHost diagramHost() {
		return diagramHost;
	}

	public static WorkbenchPlugin get() {
		return plugin;
	}

	public static IStatus error(String message, Throwable cause) {
		return new Status(IStatus.ERROR, ID, message, cause);
	}

	public static void log(IStatus status) {
		ILog.of(WorkbenchPlugin.class).log(status);
	}
}
