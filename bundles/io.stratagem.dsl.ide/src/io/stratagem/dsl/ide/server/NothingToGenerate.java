/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.ide.server;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The language has no code generator, so the language server's builder never generates. Xtext's
 * default ({@link IShouldGenerate.OnlyWithoutErrors}) validated every built file a second time,
 * right after its diagnostics were published, only to decide whether to run the empty generator:
 * a whole validation per edit of a file without errors, holding the build lock while the editor
 * waited to ask for tokens or make its next change.
 */
public class NothingToGenerate implements IShouldGenerate {

	@Override
	public boolean shouldGenerate(Resource resource, CancelIndicator cancelIndicator) {
		return false;
	}
}
