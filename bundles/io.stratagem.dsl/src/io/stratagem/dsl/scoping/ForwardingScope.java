/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

/**
 * A scope that answers some lookups by name itself, faster, and forwards every other lookup to the
 * scope it stands for ({@code xtext}: the one Xtext made for the same place, or one that answers as
 * it does), whose answers it must equal.
 */
abstract class ForwardingScope implements IScope {

	protected final IScope xtext;

	ForwardingScope(IScope xtext) {
		this.xtext = xtext;
	}

	@Override
	public IEObjectDescription getSingleElement(QualifiedName name) {
		return xtext.getSingleElement(name);
	}

	@Override
	public Iterable<IEObjectDescription> getElements(QualifiedName name) {
		return xtext.getElements(name);
	}

	@Override
	public IEObjectDescription getSingleElement(EObject object) {
		return xtext.getSingleElement(object);
	}

	@Override
	public Iterable<IEObjectDescription> getElements(EObject object) {
		return xtext.getElements(object);
	}

	@Override
	public Iterable<IEObjectDescription> getAllElements() {
		return xtext.getAllElements();
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + " over " + xtext;
	}
}
