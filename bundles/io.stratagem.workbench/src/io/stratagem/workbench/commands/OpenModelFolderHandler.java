/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.commands;

import java.nio.file.Paths;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import io.stratagem.workbench.ModelFolders;

/** Asks for a folder of .strategy files and opens it as a project; saving-validation then marks its findings. */
public class OpenModelFolderHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		DirectoryDialog dialog = new DirectoryDialog(shell);
		dialog.setText("Open Model Folder");
		dialog.setMessage("Choose a folder that holds .strategy files");
		String folder = dialog.open();
		if (folder != null) {
			try {
				ModelFolders.open(Paths.get(folder), null);
			} catch (CoreException e) {
				ErrorDialog.openError(shell, "Open Model Folder", "The folder could not be opened", e.getStatus());
			}
		}
		return null;
	}
}
