/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.FeatureMapUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * URI fragments of objects, as EMF gives them, with each long list's positions found in one pass.
 * <p>
 * EMF finds an object's position in its containing list with {@code indexOf} for every fragment it
 * makes. Validation makes one per finding (Xtext's {@code DiagnosticConverterImpl}) and unloading
 * one per object, so a file whose list holds tens of thousands of elements cost time quadratic in
 * the list (the roadmap of a 1M-element model: 63,000 initiatives). Here the first position asked in a
 * long list records the positions of all its elements; a recorded position is used only while the
 * list still holds the object there, so a changed list is recorded again, never misread. Safe on
 * several threads.
 */
final class ListPositions {

	/** Lists up to this length are searched as EMF does. */
	private static final int SHORT_LIST = 32;

	private final Map<EObject, Integer> positions = new ConcurrentHashMap<>();

	/**
	 * The fragment EMF's {@code ResourceImpl} gives {@code object} in a resource whose root objects
	 * are {@code roots}: its root's segment, then one segment per containment; null (EMF's own then
	 * applies) for anything but such a plain path: a proxy, an ID attribute, keys, feature maps, an
	 * object under another resource's roots.
	 */
	String fragment(List<EObject> roots, EObject object) {
		if (object.eIsProxy() || object.eClass().getEIDAttribute() != null) {
			return null;
		}
		List<String> segments = new ArrayList<>();
		InternalEObject current = (InternalEObject) object;
		for (InternalEObject container = current.eInternalContainer(); container != null; container = current.eInternalContainer()) {
			EStructuralFeature feature = current.eContainingFeature();
			if (current.eDirectResource() != null || !(feature instanceof EReference reference) || FeatureMapUtil.isFeatureMap(feature)
					|| !reference.getEKeys().isEmpty()) {
				return null;
			}
			segments.add(reference.isMany() ? "@" + reference.getName() + "." + indexOf((List<?>) container.eGet(reference, false), current)
					: "@" + reference.getName());
			current = container;
		}
		int root = roots.size() == 1 ? (roots.get(0) == current ? 0 : -1) : roots.indexOf(current);
		if (root < 0) {
			return null;
		}
		StringBuilder fragment = new StringBuilder("/");
		if (roots.size() > 1) {
			fragment.append(root);
		}
		for (int i = segments.size() - 1; i >= 0; i--) {
			fragment.append('/').append(segments.get(i));
		}
		return fragment.toString();
	}

	/** The object's position in the list (by identity, as EMF's object lists compare), -1 if absent. */
	int indexOf(List<?> list, EObject object) {
		if (list.size() <= SHORT_LIST) {
			return list.indexOf(object);
		}
		Integer known = positions.get(object);
		if (known != null && known < list.size() && elementAt(list, known) == object) {
			return known;
		}
		int found = -1;
		for (int i = 0; i < list.size(); i++) {
			Object element = elementAt(list, i);
			if (element instanceof EObject child) {
				positions.put(child, i);
			}
			if (element == object && found < 0) {
				found = i;
			}
		}
		return found;
	}

	/** The element without resolving a proxy: positions are the same either way. */
	private static Object elementAt(List<?> list, int index) {
		return list instanceof InternalEList<?> internal ? internal.basicGet(index) : list.get(index);
	}
}
