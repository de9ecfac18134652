package io.stratagem.report;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import io.stratagem.model.NamedElement;
import io.stratagem.roadmap.ModelElements;
import io.stratagem.model.StrategyModel;

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
		EObject root = element;
		while (root.eContainer() != null) {
			root = root.eContainer();
		}
		String namespace = root instanceof StrategyModel model ? model.getNamespace() : null;
		String name = element.getName() == null ? "" : element.getName();
		return namespace == null || namespace.isEmpty() ? name : namespace + "." + name;
	}

	/** The title, or the name when there is no title; never null, even for an element a syntax error left without a name. */
	static String label(NamedElement element) {
		if (element == null) {
			return "";
		}
		return element.getTitle() != null && !element.getTitle().isBlank() ? element.getTitle() : element.getName() == null ? "" : element.getName();
	}
}
