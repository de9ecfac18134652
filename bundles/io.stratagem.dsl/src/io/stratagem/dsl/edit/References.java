/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.edit;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import io.stratagem.model.Import;
import io.stratagem.model.NamedElement;
import io.stratagem.model.StrategyModel;

/** How one element is written when another file's element refers to it. */
@Singleton
public class References {

	@Inject
	private IQualifiedNameProvider names;

	/** The simple name when the file of {@code context} sees it (same namespace or imported), else the qualified name. */
	public String textOf(EObject context, NamedElement target) {
		QualifiedName qualified = names.getFullyQualifiedName(target);
		if (qualified == null || qualified.getSegmentCount() == 1) {
			return target.getName();
		}
		String namespace = qualified.skipLast(1).toString();
		EObject root = EcoreUtil.getRootContainer(context);
		if (root instanceof StrategyModel model) {
			if (namespace.equals(model.getNamespace())) {
				return target.getName();
			}
			for (Import imported : model.getImports()) {
				if ((namespace + ".*").equals(imported.getImportedNamespace()) || qualified.toString().equals(imported.getImportedNamespace())) {
					return target.getName();
				}
			}
		}
		return qualified.toString();
	}

	/** The qualified name, or null for an element without a name. */
	public String qualifiedName(EObject element) {
		QualifiedName qualified = names.getFullyQualifiedName(element);
		return qualified == null ? null : qualified.toString();
	}
}
