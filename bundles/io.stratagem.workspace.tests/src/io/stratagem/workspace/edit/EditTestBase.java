/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.edit;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Injector;

import io.stratagem.model.Initiative;
import io.stratagem.model.NamedElement;

/** What every edit test starts from: the model editor and a fresh copy of the Acme example. */
abstract class EditTestBase {

	@Inject
	private Injector injector;

	@Inject
	protected ModelEditor editor;

	@TempDir
	Path temporary;

	protected ExampleCopy acme;

	@BeforeEach
	void openExample() {
		acme = new ExampleCopy(temporary, injector);
	}

	protected static NamedElement element(WorkspaceModel model, String qualifiedName) {
		NamedElement found = model.find(qualifiedName, NamedElement.class);
		if (found == null) {
			throw new AssertionError(qualifiedName + " is not in the example");
		}
		return found;
	}

	/** An initiative of the example's roadmap, by its simple name. */
	protected static Initiative initiative(WorkspaceModel model, String name) {
		return model.find("acme.delivery." + name, Initiative.class);
	}
}
