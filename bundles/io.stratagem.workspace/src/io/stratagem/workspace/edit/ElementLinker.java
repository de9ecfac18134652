/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.edit;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.lazy.LazyLinker;
import org.eclipse.xtext.resource.impl.ListBasedDiagnosticConsumer;

/**
 * Xtext's lazy linker, for the objects that a partial parse put into a linked file
 * ({@link ElementReparser}): it installs the references of those objects only. Xtext's
 * {@code linkModel} would first forget what the whole file's references and lookups recorded
 * (the lazy proxies' information, the imported names), which the rest of the file still uses.
 */
final class ElementLinker extends LazyLinker {

	/** Installs the lazy references of {@code part} and the objects it contains; false when linking reported a problem. */
	boolean installReferences(EObject part) {
		ListBasedDiagnosticConsumer consumer = new ListBasedDiagnosticConsumer();
		doLinkModel(part, consumer);
		return !consumer.hasConsumedDiagnostics(Severity.ERROR) && !consumer.hasConsumedDiagnostics(Severity.WARNING);
	}
}
