package io.stratagem.report;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import io.stratagem.model.NamedElement;
import io.stratagem.roadmap.ModelElements;

/** The elements of a model set by type, in file and declaration order, and how pages name them. */
final class ModelIndex {

	private final ModelElements elements;

	ModelIndex(List<Resource> resources) {
		List<EObject> roots = new ArrayList<>();
		resources.forEach(resource -> roots.addAll(resource.getContents()));
		elements = ModelElements.of(roots);
	}

	<T> List<T> all(Class<T> type) {
		return elements.all(type);
	}

	/** The qualified name of an element: its file's namespace and its name. */
	static String qualifiedName(NamedElement element) {
		return ModelElements.qualifiedName(element);
	}

	/** The title, or the name when there is no title; never null, even for an element a syntax error left without a name. */
	static String label(NamedElement element) {
		return ModelElements.label(element);
	}
}
