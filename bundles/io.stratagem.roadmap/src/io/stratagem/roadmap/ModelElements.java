package io.stratagem.roadmap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EObject;

import io.stratagem.model.NamedElement;
import io.stratagem.model.StrategyModel;

/**
 * The elements under some roots (the roots included), in model order, listed by type.
 *
 * <p>The model is walked once and its elements grouped by their class; the elements of a type are
 * the groups of the classes of that type, merged back into model order, listed on the first
 * request and kept. Asking is safe from several threads.
 */
public final class ModelElements {

	/** Every element, in model order. */
	private final List<EObject> all = new ArrayList<>();

	/** The positions in {@link #all} of the elements of each class, ascending. */
	private final Map<Class<?>, Positions> byClass = new LinkedHashMap<>();

	private final Map<Class<?>, List<?>> byType = new ConcurrentHashMap<>();

	private ModelElements() {
	}

	public static ModelElements of(Iterable<? extends EObject> roots) {
		return new ModelElements().add(roots);
	}

	/** These elements followed by those under more roots, as {@link #of} would list them all, without walking this model again. */
	public ModelElements and(Iterable<? extends EObject> moreRoots) {
		ModelElements result = new ModelElements();
		result.all.addAll(all);
		byClass.forEach((type, positions) -> result.byClass.put(type, positions.copy()));
		return result.add(moreRoots);
	}

	private ModelElements add(Iterable<? extends EObject> roots) {
		for (EObject root : roots) {
			add(root);
			root.eAllContents().forEachRemaining(this::add);
		}
		return this;
	}

	private void add(EObject element) {
		byClass.computeIfAbsent(element.getClass(), type -> new Positions()).add(all.size());
		all.add(element);
	}

	/** The elements of a type, in model order (unmodifiable; listed once per type, as pages and services ask again and again). */
	@SuppressWarnings("unchecked")
	public <T> List<T> all(Class<T> type) {
		return (List<T>) byType.computeIfAbsent(type, this::list);
	}

	private <T> List<T> list(Class<T> type) {
		List<Positions> groups = new ArrayList<>();
		int size = 0;
		for (Map.Entry<Class<?>, Positions> group : byClass.entrySet()) {
			if (type.isAssignableFrom(group.getKey())) {
				groups.add(group.getValue());
				size += group.getValue().size;
			}
		}
		int[] positions = new int[size];
		int filled = 0;
		for (Positions group : groups) {
			System.arraycopy(group.positions, 0, positions, filled, group.size);
			filled += group.size;
		}
		if (groups.size() > 1) {
			Arrays.sort(positions);
		}
		List<T> result = new ArrayList<>(size);
		for (int position : positions) {
			result.add(type.cast(all.get(position)));
		}
		return Collections.unmodifiableList(result);
	}

	/** A growing list of ascending positions. */
	private static final class Positions {
		private int[] positions = new int[8];
		private int size;

		void add(int position) {
			if (size == positions.length) {
				positions = Arrays.copyOf(positions, size * 2);
			}
			positions[size++] = position;
		}

		Positions copy() {
			Positions copy = new Positions();
			copy.positions = Arrays.copyOf(positions, Math.max(8, size));
			copy.size = size;
			return copy;
		}
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
