/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.tests;

import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A UI test on its own copy of examples/acme-insurance, opened as a project in the Stratagem perspective. */
abstract class ExampleProjectTest {

	@TempDir
	Path temp;

	IWorkbenchPage page;
	IProject project;

	@BeforeEach
	void openExample() throws Exception {
		page = Ui.strategyPage();
		project = Ui.openExample(temp);
	}

	/** Runs after the test class's own clean-up. */
	@AfterEach
	void closeExample() throws CoreException {
		Ui.closeExample(page, project);
	}
}
