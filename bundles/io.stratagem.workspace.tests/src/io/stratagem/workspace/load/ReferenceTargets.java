/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.load;

import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.linking.impl.ImportedNamesAdapter;
import org.eclipse.xtext.resource.XtextResource;

/** What the linking tests compare: every cross-reference of a file and where it leads. */
final class ReferenceTargets {

	private ReferenceTargets() {
	}

	/**
	 * Appends a line per cross-reference of {@code file}: the referring element's fragment, the
	 * reference's name and its target (file and fragment, or "unresolved"), without resolving proxies.
	 */
	static void append(StringBuilder out, XtextResource file) {
		for (EObject object : (Iterable<EObject>) () -> EcoreUtil.getAllContents(file, false)) {
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isDerived()) {
					continue;
				}
				List<?> targets = reference.isMany() ? (List<?>) object.eGet(reference, false) : Collections.singletonList(object.eGet(reference, false));
				for (Object target : targets) {
					if (target != null) {
						out.append("  ").append(file.getURIFragment(object)).append(' ').append(reference.getName()).append(" -> ").append(describe((EObject) target))
								.append('\n');
					}
				}
			}
		}
	}

	/** Per file: each reference and its target (file and element) or "unresolved", the errors, the names looked up. */
	static String linkingState(List<XtextResource> files) {
		StringBuilder out = new StringBuilder();
		for (XtextResource file : files) {
			out.append(file.getURI().lastSegment()).append('\n');
			append(out, file);
			file.getErrors().forEach(error -> out.append("  ERROR ").append(error.getLine()).append(':').append(error.getColumn()).append(' ').append(error.getMessage()).append('\n'));
			ImportedNamesAdapter recorded = ImportedNamesAdapter.find(file);
			if (recorded != null) {
				out.append("  looked up: ").append(new TreeSet<>(recorded.getImportedNames().stream().map(Object::toString).toList())).append('\n');
			}
		}
		return out.toString();
	}

	private static String describe(EObject target) {
		if (target.eIsProxy()) {
			return "unresolved";
		}
		Resource resource = target.eResource();
		return resource.getURI().lastSegment() + '#' + resource.getURIFragment(target);
	}
}
