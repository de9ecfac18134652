/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.edit;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import io.stratagem.dsl.library.BuiltInLibrary;
import io.stratagem.model.Import;
import io.stratagem.model.NamedElement;
import io.stratagem.model.StrategyModel;

/** How one element is written when another file's element refers to it. */
@Singleton
public class References {

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private BuiltInLibrary library;

	/**
	 * The simple name when the file of {@code context} sees the target by it without ambiguity
	 * (same namespace, or imported with no other element of that name visible), else the
	 * qualified name.
	 */
	public String textOf(EObject context, NamedElement target) {
		QualifiedName qualified = names.getFullyQualifiedName(target);
		if (qualified == null || qualified.getSegmentCount() == 1) {
			return target.getName();
		}
		return textOf(context, qualified.skipLast(1).toString(), target.getName());
	}

	/** How the file of {@code context} refers to the element {@code namespace.name}, existing or about to be created. */
	public String textOf(EObject context, String namespace, String name) {
		if (namespace == null) {
			return name;
		}
		EObject root = EcoreUtil.getRootContainer(context);
		if (!(root instanceof StrategyModel model)) {
			return namespace + "." + name;
		}
		if (namespace.equals(model.getNamespace())) {
			return name; // the file's own namespace comes before its imports
		}
		ResourceSet resourceSet = context.eResource() == null ? null : context.eResource().getResourceSet();
		if (model.getNamespace() != null && exists(resourceSet, model.getNamespace() + "." + name)) {
			return namespace + "." + name;
		}
		boolean imported = false;
		for (Import anImport : model.getImports()) {
			String importedNamespace = anImport.getImportedNamespace();
			if (importedNamespace == null) {
				continue;
			}
			if ((namespace + ".*").equals(importedNamespace) || (namespace + "." + name).equals(importedNamespace)) {
				imported = true;
			} else if (importedNamespace.endsWith(".*") && exists(resourceSet, importedNamespace.substring(0, importedNamespace.length() - 1) + name)
					|| importedNamespace.endsWith("." + name)) {
				return namespace + "." + name; // another element of that name is visible too: the simple name would be ambiguous
			}
		}
		return imported ? name : namespace + "." + name;
	}

	/** Whether an element of this qualified name is in the files of the resource set or in the built-in library. */
	private boolean exists(ResourceSet resourceSet, String qualifiedName) {
		QualifiedName name = QualifiedName.create(qualifiedName.split("\\."));
		if (library.exportedObjects().stream().anyMatch(d -> d.getName().equals(name))) {
			return true;
		}
		if (resourceSet == null) {
			return false;
		}
		ResourceDescriptionsData index = ResourceDescriptionsData.ResourceSetAdapter.findResourceDescriptionsData(resourceSet);
		if (index != null) {
			return index.getExportedObjects(EcorePackage.Literals.EOBJECT, name, false).iterator().hasNext();
		}
		for (Resource resource : resourceSet.getResources()) {
			for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
				if (name.equals(names.getFullyQualifiedName(all.next()))) {
					return true;
				}
			}
		}
		return false;
	}

	/** The qualified name, or null for an element without a name. */
	public String qualifiedName(EObject element) {
		QualifiedName qualified = names.getFullyQualifiedName(element);
		return qualified == null ? null : qualified.toString();
	}
}
