/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/** The plug-in: its id, its log and its state folder (rendered diagram pages). */
public class WorkbenchPlugin extends AbstractUIPlugin {

	public static final String ID = "io.stratagem.workbench";

	private static WorkbenchPlugin plugin;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		plugin = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		plugin = null;
		super.stop(context);
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
