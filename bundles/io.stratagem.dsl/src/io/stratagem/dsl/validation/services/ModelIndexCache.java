/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation.services;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.util.IResourceScopeCache;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * One {@link ModelIndex} per resource set, shared by the validation of all its files until one of
 * them changes. Validating a model of n files used to build n indexes of the whole model.
 *
 * <p>Change detection reuses Xtext's resource cache ({@link IResourceScopeCache}, which forgets a
 * resource's values when its contents change, as for scopes): each resource gets a token from
 * that cache, and the index is rebuilt when the resources of the set or one of their tokens differ
 * from those it was built for.
 */
@Singleton
public class ModelIndexCache {

	private static final String TOKEN_KEY = ModelIndexCache.class.getName() + ".token";

	@Inject
	private IResourceScopeCache cache;

	/** The index of the model containing {@code context}, libraries (by URI) excluded. */
	public ModelIndex get(EObject context, Set<URI> libraryUris) {
		Resource own = context == null ? null : context.eResource();
		ResourceSet set = own == null ? null : own.getResourceSet();
		if (set == null) {
			return ModelIndex.of(context, libraryUris);
		}
		synchronized (set) {
			List<Resource> resources = ModelIndex.userResources(set, libraryUris);
			List<Object> tokens = new ArrayList<>(resources.size());
			for (Resource resource : resources) {
				tokens.add(cache.get(TOKEN_KEY, resource, Object::new));
			}
			Snapshot snapshot = (Snapshot) EcoreUtil.getExistingAdapter(set, Snapshot.class);
			if (snapshot == null) {
				snapshot = new Snapshot();
				set.eAdapters().add(snapshot);
			}
			if (snapshot.index == null || !snapshot.resources.equals(resources) || !sameTokens(snapshot.tokens, tokens)) {
				snapshot.resources = resources;
				snapshot.tokens = tokens;
				snapshot.index = ModelIndex.of(context, libraryUris);
			}
			return snapshot.index;
		}
	}

	private static boolean sameTokens(List<Object> a, List<Object> b) {
		if (a.size() != b.size()) {
			return false;
		}
		for (int i = 0; i < a.size(); i++) {
			if (a.get(i) != b.get(i)) {
				return false;
			}
		}
		return true;
	}

	/** The index last built for a resource set, with what it was built from. */
	private static final class Snapshot extends AdapterImpl {
		List<Resource> resources = List.of();
		List<Object> tokens = List.of();
		ModelIndex index;

		@Override
		public boolean isAdapterForType(Object type) {
			return type == Snapshot.class;
		}
	}
}
