package io.stratagem.roadmap;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

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

	/** The elements of a type, in model order. */
	public <T> List<T> all(Class<T> type) {
		List<T> result = new ArrayList<>();
		for (EObject object : all) {
			if (type.isInstance(object)) {
				result.add(type.cast(object));
			}
		}
		return result;
	}
}
