/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.design.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.stratagem.model.StratagemPackage;
import io.stratagem.testing.ProjectFiles;

/** The viewpoint specification in the source tree, and its check against the Stratagem metamodel. */
final class Viewpoints {

	static final String RELATIVE_PATH = "bundles/io.stratagem.design/description/stratagem.odesign";

	private Viewpoints() {
	}

	static String specification() throws IOException {
		return Files.readString(ProjectFiles.root().resolve(RELATIVE_PATH));
	}

	static List<String> check(String odesign) throws IOException {
		return ViewpointChecker.check(odesign, RELATIVE_PATH, StratagemPackage.eINSTANCE);
	}

	/** A copy of the specification with one text replaced, failing if the text is not there. */
	static String mutated(String text, String replacement) throws IOException {
		String specification = specification();
		if (!specification.contains(text)) {
			throw new IllegalStateException("the specification no longer contains " + text + ": update the test");
		}
		return specification.replace(text, replacement);
	}
}
