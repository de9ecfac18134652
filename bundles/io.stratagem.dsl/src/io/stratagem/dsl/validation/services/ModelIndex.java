/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation.services;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.stratagem.model.NamedElement;
import io.stratagem.model.StratagemPackage;
import io.stratagem.model.StrategyModel;

/**
 * The user's model as a whole: every named element of every .strategy file loaded together
 * (the built-in framework library excluded). A snapshot: {@link ModelIndexCache} hands out the
 * same one until a file of the model changes.
 *
 * <p>Rules ask it questions about the whole model once per element ("which risks affect this use
 * case?"). Answering each by a scan of the model made validation quadratic in the model's size,
 * so the answers are computed once per snapshot, on first use: the elements by type
 * ({@link #all}), the elements that refer to an element ({@link #referrers}) and any value
 * derived from the whole model ({@link #derived}).
 */
public final class ModelIndex {

	private final List<StrategyModel> models;
	private final List<NamedElement> elements;
	private volatile Map<String, List<NamedElement>> byName;
	private final Map<Class<?>, List<?>> byType = new ConcurrentHashMap<>();
	private final Map<EReference, Map<EObject, List<EObject>>> inverse = new ConcurrentHashMap<>();
	private final Map<Object, Object> derived = new ConcurrentHashMap<>();

	private ModelIndex(List<StrategyModel> models, List<NamedElement> elements) {
		this.models = Collections.unmodifiableList(models);
		this.elements = Collections.unmodifiableList(elements);
	}

	/**
	 * The index of the model that contains {@code context}: all resources of its resource set,
	 * except those whose URI is in {@code libraryUris}. Always builds a new index; validators get
	 * a shared one from {@link ModelIndexCache}.
	 */
	public static ModelIndex of(EObject context, Set<URI> libraryUris) {
		List<StrategyModel> models = new ArrayList<>();
		if (context != null) {
			Resource own = context.eResource();
			ResourceSet set = own == null ? null : own.getResourceSet();
			if (set == null) {
				EObject root = EcoreUtil.getRootContainer(context);
				if (root instanceof StrategyModel model) {
					models.add(model);
				}
			} else {
				for (Resource resource : userResources(set, libraryUris)) {
					models.addAll(modelsOf(resource));
				}
			}
		}
		return ofModels(models);
	}

	/** The resources of a set that hold the user's model, in the set's order. */
	static List<Resource> userResources(ResourceSet set, Set<URI> libraryUris) {
		List<Resource> result = new ArrayList<>();
		for (Resource resource : new ArrayList<>(set.getResources())) {
			if (libraryUris == null || !libraryUris.contains(resource.getURI())) {
				result.add(resource);
			}
		}
		return result;
	}

	private static List<StrategyModel> modelsOf(Resource resource) {
		List<StrategyModel> result = new ArrayList<>();
		for (EObject root : new ArrayList<>(resource.getContents())) {
			if (root instanceof StrategyModel model) {
				result.add(model);
			}
		}
		return result;
	}

	/** The index of the given models. */
	public static ModelIndex ofModels(List<StrategyModel> models) {
		List<NamedElement> elements = new ArrayList<>();
		Set<EObject> seen = new HashSet<>();
		for (StrategyModel model : models) {
			if (!seen.add(model)) {
				continue;
			}
			collectNamed(model, elements);
		}
		return new ModelIndex(new ArrayList<>(models), elements);
	}

	/**
	 * Adds the named elements that {@code parent} contains, in the order of {@code eAllContents}
	 * (depth first, each before its contents, features in their class's order), without walking
	 * into contents that cannot hold one (properties, measurements...): in an imported inventory
	 * they are most of the objects.
	 */
	private static void collectNamed(EObject parent, List<NamedElement> elements) {
		for (EReference containment : NAMED_CONTAINMENTS.of(parent.eClass())) {
			Object value = parent.eGet(containment);
			if (containment.isMany()) {
				for (Object child : (List<?>) value) {
					visit((EObject) child, elements);
				}
			} else if (value != null) {
				visit((EObject) value, elements);
			}
		}
	}

	private static void visit(EObject child, List<NamedElement> elements) {
		if (child instanceof NamedElement element) {
			elements.add(element);
		}
		collectNamed(child, elements);
	}

	private static final NamedContainments NAMED_CONTAINMENTS = new NamedContainments();

	/**
	 * The containment references of a class through which a named element can be reached, in the
	 * order of the class's features. Computed once per class from the metamodel: a class holds
	 * names when it is a named element or one of its containments may hold a class that does, a
	 * fixed point over the classes of the model's package (containment may be recursive). A class
	 * of another package is assumed to hold names.
	 */
	private static final class NamedContainments {

		private final Map<EClass, List<EReference>> byClass = new ConcurrentHashMap<>();

		private volatile Set<EClass> holdingNames;

		List<EReference> of(EClass eClass) {
			return byClass.computeIfAbsent(eClass, c -> {
				List<EReference> result = new ArrayList<>();
				for (EStructuralFeature feature : c.getEAllStructuralFeatures()) {
					if (feature instanceof EReference reference && reference.isContainment() && mayHoldNames(reference.getEReferenceType())) {
						result.add(reference);
					}
				}
				return List.copyOf(result);
			});
		}

		/** Whether an object of the type, or of one of its subclasses, may hold a named element or be one. */
		private boolean mayHoldNames(EClass type) {
			EPackage model = StratagemPackage.eINSTANCE;
			if (type.getEPackage() != model) {
				return true;
			}
			Set<EClass> holding = holdingNames();
			for (EClassifier classifier : model.getEClassifiers()) {
				if (classifier instanceof EClass candidate && (candidate == type || type.isSuperTypeOf(candidate)) && holding.contains(candidate)) {
					return true;
				}
			}
			return false;
		}

		private Set<EClass> holdingNames() {
			Set<EClass> result = holdingNames;
			if (result != null) {
				return result;
			}
			List<EClass> classes = new ArrayList<>();
			for (EClassifier classifier : StratagemPackage.eINSTANCE.getEClassifiers()) {
				if (classifier instanceof EClass eClass) {
					classes.add(eClass);
				}
			}
			result = new HashSet<>();
			for (EClass eClass : classes) {
				if (StratagemPackage.Literals.NAMED_ELEMENT.isSuperTypeOf(eClass)) {
					result.add(eClass);
				}
			}
			boolean changed = true;
			while (changed) {
				changed = false;
				for (EClass eClass : classes) {
					if (!result.contains(eClass) && holdsAny(eClass, classes, result)) {
						result.add(eClass);
						changed = true;
					}
				}
			}
			holdingNames = result;
			return result;
		}

		/** Whether one of the class's containments may hold a class of {@code holding}, or of another package. */
		private static boolean holdsAny(EClass eClass, List<EClass> classes, Set<EClass> holding) {
			for (EReference containment : eClass.getEAllContainments()) {
				EClass type = containment.getEReferenceType();
				if (type.getEPackage() != StratagemPackage.eINSTANCE) {
					return true;
				}
				for (EClass candidate : classes) {
					if ((candidate == type || type.isSuperTypeOf(candidate)) && holding.contains(candidate)) {
						return true;
					}
				}
			}
			return false;
		}
	}

	public List<StrategyModel> models() {
		return models;
	}

	/** Every named element, nested ones (phases, initiatives, milestones) included. */
	public List<NamedElement> elements() {
		return elements;
	}

	/** The elements with a simple name, in file order. */
	public List<NamedElement> named(String name) {
		Map<String, List<NamedElement>> map = byName;
		if (map == null) {
			map = new HashMap<>();
			for (NamedElement element : elements) {
				if (element.getName() != null) {
					map.computeIfAbsent(element.getName(), k -> new ArrayList<>()).add(element);
				}
			}
			byName = map;
		}
		return map.getOrDefault(name, List.of());
	}

	/**
	 * Every element of a type, in file order (an unmodifiable list). Whether an element is of the
	 * type is decided once per implementation class: asking {@code isInstance} of each element, type
	 * after type, was a tenth of a language server's edit of a large file (an interface check that
	 * misses the JVM's one-entry cache when the types alternate).
	 */
	@SuppressWarnings("unchecked")
	public <T> List<T> all(Class<T> type) {
		return (List<T>) byType.computeIfAbsent(type, t -> {
			List<Object> result = new ArrayList<>();
			Map<Class<?>, Boolean> ofType = new IdentityHashMap<>();
			for (NamedElement element : elements) {
				if (ofType.computeIfAbsent(element.getClass(), type::isAssignableFrom)) {
					result.add(element);
				}
			}
			return Collections.unmodifiableList(result);
		});
	}

	/**
	 * The elements whose {@code reference} holds {@code target} (resolved), in file order, each
	 * once: the risks that affect a use case are {@code referrers(useCase, RISK__USE_CASES, Risk.class)}.
	 */
	public <T extends EObject> List<T> referrers(EObject target, EReference reference, Class<T> sourceType) {
		List<EObject> sources = inverse.computeIfAbsent(reference, this::inverseOf).getOrDefault(target, List.of());
		List<T> result = new ArrayList<>(sources.size());
		for (EObject source : sources) {
			if (sourceType.isInstance(source)) {
				result.add(sourceType.cast(source));
			}
		}
		return result;
	}

	private Map<EObject, List<EObject>> inverseOf(EReference reference) {
		Class<?> owner = reference.getEContainingClass().getInstanceClass();
		if (!NamedElement.class.isAssignableFrom(owner)) {
			throw new IllegalArgumentException("Only references of named elements are indexed, not " + reference.getName());
		}
		Map<EObject, List<EObject>> result = new IdentityHashMap<>();
		for (Object element : all(owner)) {
			EObject source = (EObject) element;
			Object value = source.eGet(reference, true);
			Iterable<?> targets = reference.isMany() ? (List<?>) value : Collections.singletonList(value);
			for (Object target : targets) {
				if (target instanceof EObject object && !object.eIsProxy()) {
					List<EObject> list = result.computeIfAbsent(object, k -> new ArrayList<>());
					if (list.isEmpty() || list.get(list.size() - 1) != source) {
						list.add(source);
					}
				}
			}
		}
		return result;
	}

	/**
	 * A value computed from the whole model once per snapshot, such as the latest KPI measurement
	 * of the model. {@code key} names the value (a class or a constant of its user); the function
	 * must depend only on this index. Null results are allowed.
	 */
	@SuppressWarnings("unchecked")
	public <T> T derived(Object key, Function<ModelIndex, T> compute) {
		Object value = derived.get(key);
		if (value == null) {
			T computed = compute.apply(this);
			value = computed == null ? NONE : computed;
			Object raced = derived.putIfAbsent(key, value);
			if (raced != null) {
				value = raced;
			}
		}
		return value == NONE ? null : (T) value;
	}

	private static final Object NONE = new Object();
}
