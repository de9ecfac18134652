package io.stratagem.roadmap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EObject;

import io.stratagem.model.NamedElement;
import io.stratagem.model.StrategyModel;

/** The elements under some roots (the roots included), in model order, listed by type. */
public final class ModelElements {

	private final List<EObject> all = new ArrayList<>();

	private ModelElements(Iterable<? extends EObject> roots) {
		for (EObject root : roots) {
			all.add(root);
			root.eAllContents().forEachRemaining(all::add);
		}
	}

	public static ModelElements of(Iterable<? extends EObject> roots) {
		return new ModelElements(roots);
	}

	private final Map<Class<?>, List<?>> byType = new ConcurrentHashMap<>();

	/** The elements of a type, in model order (unmodifiable; listed once per type, as pages and services ask again and again). */
	@SuppressWarnings("unchecked")
	public <T> List<T> all(Class<T> type) {
		return (List<T>) byType.computeIfAbsent(type, t -> {
			List<T> result = new ArrayList<>();
			for (EObject object : all) {
				if (type.isInstance(object)) {
					result.add(type.cast(object));
				}
			}
			return Collections.unmodifiableList(result);
		});
	}

	/**
	 * The qualified name of an element as the language knows it: its file's namespace and its name,
	 * whatever block it is nested in.
	 */
	public static String qualifiedName(NamedElement element) {
		EObject root = element;
		while (root.eContainer() != null) {
			root = root.eContainer();
		}
		String namespace = root instanceof StrategyModel model ? model.getNamespace() : null;
		String name = element.getName() == null ? "" : element.getName();
		return namespace == null || namespace.isEmpty() ? name : namespace + "." + name;
	}

	/** The title, or the name when there is no title; never null, even for an element a syntax error left without a name. */
	public static String label(NamedElement element) {
		if (element == null) {
			return "";
		}
		return element.getTitle() != null && !element.getTitle().isBlank() ? element.getTitle() : element.getName() == null ? "" : element.getName();
	}
}
