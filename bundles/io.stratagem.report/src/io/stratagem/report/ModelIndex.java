package io.stratagem.report;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import io.stratagem.model.NamedElement;
import io.stratagem.model.StrategyModel;

/** The elements of a model set by type, in file and declaration order. */
final class ModelIndex {

	private final List<EObject> all = new ArrayList<>();

	ModelIndex(List<Resource> resources) {
		for (Resource resource : resources) {
			resource.getAllContents().forEachRemaining(all::add);
		}
	}

	<T> List<T> all(Class<T> type) {
		List<T> result = new ArrayList<>();
		for (EObject object : all) {
			if (type.isInstance(object)) {
				result.add(type.cast(object));
			}
		}
		return result;
	}

	/** The qualified name of an element: its file's namespace and its name. */
	static String qualifiedName(NamedElement element) {
		EObject root = element;
		while (root.eContainer() != null) {
			root = root.eContainer();
		}
		String namespace = root instanceof StrategyModel model ? model.getNamespace() : null;
		return namespace == null || namespace.isEmpty() ? element.getName() : namespace + "." + element.getName();
	}

	/** The title, or the name when there is no title. */
	static String label(NamedElement element) {
		return element == null ? "" : element.getTitle() != null && !element.getTitle().isBlank() ? element.getTitle() : element.getName();
	}
}
