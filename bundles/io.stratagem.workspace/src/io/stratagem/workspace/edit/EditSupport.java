/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.edit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import io.stratagem.dsl.edit.EditException;
import io.stratagem.dsl.edit.SourceEdits;

/** Where the elements a gesture changes are written: the lookups every family of gestures shares. */
final class EditSupport {

	private EditSupport() {
	}

	/** Visits one cross-reference written in the text of an element. */
	@FunctionalInterface
	interface ReferenceVisitor {
		void visit(EReference feature, int index, Object value);
	}

	/** Visits the cross-references written in the text of an element (not those of its children). */
	static void forEachReference(EObject owner, ReferenceVisitor visitor) {
		for (EReference feature : owner.eClass().getEAllReferences()) {
			if (feature.isContainment() || feature.isContainer() || feature.isDerived() || feature.isTransient() || !owner.eIsSet(feature)) {
				continue;
			}
			if (feature.isMany()) {
				List<?> values = (List<?>) owner.eGet(feature);
				for (int i = 0; i < values.size(); i++) {
					visitor.visit(feature, i, values.get(i));
				}
			} else {
				visitor.visit(feature, 0, owner.eGet(feature));
			}
		}
	}

	/** The user's files of a resource set (the built-in libraries are not files). */
	static List<XtextResource> userResources(ResourceSet resourceSet) {
		List<XtextResource> result = new ArrayList<>();
		for (Resource resource : resourceSet.getResources()) {
			if (resource instanceof XtextResource xtext && resource.getURI().isFile() && !resource.getContents().isEmpty()) {
				result.add(xtext);
			}
		}
		return result;
	}

	/** The text of a feature of an element; refused when the parse has none (e.g. an unsaved change). */
	static INode node(EObject owner, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, feature);
		if (nodes.isEmpty()) {
			throw new EditException("the text of " + feature.getName() + " was not found; save the file and try again");
		}
		return nodes.get(0);
	}

	static SourceEdits source(EObject element) {
		if (!(element.eResource() instanceof XtextResource resource) || resource.getParseResult() == null) {
			throw new EditException("the element is not in a parsed .strategy file");
		}
		return new SourceEdits(resource);
	}

	static Path file(EObject element) {
		return path(element.eResource().getURI());
	}

	static Path path(URI uri) {
		return Path.of(uri.isFile() ? uri.toFileString() : uri.toString()).toAbsolutePath().normalize();
	}
}
