/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation.services;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.stratagem.model.NamedElement;
import io.stratagem.model.StrategyModel;

/**
 * The user's model as a whole: every named element of every .strategy file loaded together
 * (the built-in framework library excluded). A snapshot; build a new one per validation run.
 */
public final class ModelIndex {

	private final List<StrategyModel> models;
	private final List<NamedElement> elements;
	private Map<String, List<NamedElement>> byName;
	private final Map<Class<?>, List<?>> byType = new HashMap<>();

	private ModelIndex(List<StrategyModel> models, List<NamedElement> elements) {
		this.models = Collections.unmodifiableList(models);
		this.elements = Collections.unmodifiableList(elements);
	}

	/**
	 * The index of the model that contains {@code context}: all resources of its resource set,
	 * except those whose URI is in {@code libraryUris}.
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
				for (Resource resource : new ArrayList<>(set.getResources())) {
					if (libraryUris != null && libraryUris.contains(resource.getURI())) {
						continue;
					}
					for (EObject root : new ArrayList<>(resource.getContents())) {
						if (root instanceof StrategyModel model) {
							models.add(model);
						}
					}
				}
			}
		}
		return ofModels(models);
	}

	/** The index of the given models. */
	public static ModelIndex ofModels(List<StrategyModel> models) {
		List<NamedElement> elements = new ArrayList<>();
		Set<EObject> seen = new HashSet<>();
		for (StrategyModel model : models) {
			if (!seen.add(model)) {
				continue;
			}
			for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
				EObject next = it.next();
				if (next instanceof NamedElement element) {
					elements.add(element);
				}
			}
		}
		return new ModelIndex(new ArrayList<>(models), elements);
	}

	public List<StrategyModel> models() {
		return models;
	}

	/** Every named element, nested ones (phases, initiatives, milestones) included. */
	public List<NamedElement> elements() {
		return elements;
	}

	/** The elements with a simple name, in file order (built on first use). */
	public synchronized List<NamedElement> named(String name) {
		if (byName == null) {
			byName = new HashMap<>();
			for (NamedElement element : elements) {
				if (element.getName() != null) {
					byName.computeIfAbsent(element.getName(), k -> new ArrayList<>()).add(element);
				}
			}
		}
		return byName.getOrDefault(name, List.of());
	}

	/** Every element of a type, in file order. */
	public <T> List<T> all(Class<T> type) {
		// rules ask per checked element (the horizon, the controls of a requirement): kept per type so
		// that a file is not scanned once for each of its elements
		List<?> cached = byType.computeIfAbsent(type, t -> {
			List<Object> result = new ArrayList<>();
			for (NamedElement element : elements) {
				if (t.isInstance(element)) {
					result.add(element);
				}
			}
			return Collections.unmodifiableList(result);
		});
		@SuppressWarnings("unchecked")
		List<T> result = (List<T>) cached;
		return result;
	}
}
