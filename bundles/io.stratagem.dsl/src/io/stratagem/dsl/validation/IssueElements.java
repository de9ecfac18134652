/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Issue;

import io.stratagem.model.NamedElement;

/** Which element of the model a validation issue is about. */
public final class IssueElements {

	private IssueElements() {
	}

	/**
	 * The named element the issue is about, or its nearest named container; null when the issue
	 * names no object or its fragment no longer resolves (a model being edited, a broken one).
	 */
	public static NamedElement namedElementOf(Issue issue, Resource resource) {
		if (issue.getUriToProblem() == null || issue.getUriToProblem().fragment() == null) {
			return null;
		}
		EObject object;
		try {
			object = resource.getEObject(issue.getUriToProblem().fragment());
		} catch (RuntimeException e) {
			return null;
		}
		while (object != null && !(object instanceof NamedElement)) {
			object = object.eContainer();
		}
		return (NamedElement) object;
	}
}
