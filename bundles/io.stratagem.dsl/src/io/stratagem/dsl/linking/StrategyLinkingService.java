/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.linking;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.linking.impl.DefaultLinkingService;

import io.stratagem.dsl.scoping.ExportedNamesIndex;

/**
 * Xtext's linking, except that files indexed once for a whole run ({@link ExportedNamesIndex}: the
 * command line, the editing workspace) do not record the names each reference looked up. That
 * record serves only an incremental builder, which the command line does not have (the language
 * server has, and keeps it, and the editing workspace asks for it:
 * {@link ExportedNamesIndex#recordImportedNames}); recording cost about 5 % of validating a
 * 100k-element model.
 */
public class StrategyLinkingService extends DefaultLinkingService {

	@Override
	protected void registerImportedNamesAdapter(EObject context) {
		Resource resource = context.eResource();
		if (resource == null || ExportedNamesIndex.recordsImportedNames(resource.getResourceSet())) {
			super.registerImportedNamesAdapter(context);
		}
	}
}
