/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;

/**
 * Xtext's resource validator, which first resolves every cross-reference of the file, and
 * {@link #validateLinked} for a file that the loader has linked in full already: that walk over
 * every element and reference then resolves nothing (it was a fifteenth of validating 100k
 * elements), so it is skipped and the issues are the same.
 */
public class StrategyResourceValidator extends ResourceValidatorImpl {

	/** Set while this thread validates a file whose cross-references are all resolved. */
	private final ThreadLocal<Boolean> allResolved = ThreadLocal.withInitial(() -> Boolean.FALSE);

	/**
	 * The issues of a file every cross-reference of which is resolved (a model set the loader
	 * reports fully linked), as {@link #validate} gives them.
	 */
	public List<Issue> validateLinked(Resource resource, CheckMode mode, CancelIndicator cancel) {
		allResolved.set(Boolean.TRUE);
		try {
			return validate(resource, mode, cancel);
		} finally {
			allResolved.set(Boolean.FALSE);
		}
	}

	@Override
	protected void resolveProxies(Resource resource, CancelIndicator monitor) {
		if (!allResolved.get()) {
			super.resolveProxies(resource, monitor);
		}
	}
}
