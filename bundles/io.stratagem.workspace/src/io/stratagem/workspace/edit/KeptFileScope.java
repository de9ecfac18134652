/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.Scopes;
import org.eclipse.xtext.scoping.impl.MultimapBasedSelectable;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.OnChangeEvictingCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;

/**
 * The scope of a file's own elements (Xtext's {@code ImportedNamespaceAwareLocalScopeProvider}
 * keeps every element of the file with its qualified name, in content order, in the resource's
 * cache) and its root's imports, carried over a partial parse ({@link ElementReparser}) instead of
 * built again from the whole file: the partial parse clears the resource's cache, and building the
 * file's scope again names every element of a 2 MB file for the few references of the new part.
 *
 * <p>Exact: the elements outside the part keep their names (a qualified name is the file's
 * namespace and the element's own name, and the part never holds the namespace or the imports),
 * so the carried scope is the old one with the old part's entries replaced, at their place, by the
 * new part's, each named by the same qualified name provider. It is carried only when the old
 * part had entries (they mark the place), and never when the scope does not have the shape that
 * Xtext builds ({@link MultimapBasedSelectable} under its cache key): Xtext then builds it.
 */
final class KeptFileScope {

	/** The key under which Xtext's local scope provider caches a file's elements. */
	private static final String ALL_DESCRIPTIONS = "internalGetAllDescriptions";

	/** The last item of the key under which it caches the imports of an object (with the object and ignore-case). */
	private static final String IMPORTS = "imports";

	@Inject
	private IResourceScopeCache cache;

	@Inject
	private IQualifiedNameProvider names;

	/** What a file's cache held before a partial parse; {@link #restore} puts it back, updated for the new part. */
	final class Kept {
		private final Resource resource;
		private final EObject root;
		private final MultimapBasedSelectable elements;
		private final Object[] imports = new Object[2];
		private Object patched;

		private Kept(Resource resource) {
			this.resource = resource;
			this.root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
			OnChangeEvictingCache.CacheAdapter adapter = adapter();
			this.elements = adapter != null && adapter.get(ALL_DESCRIPTIONS) instanceof MultimapBasedSelectable selectable ? selectable : null;
			if (adapter != null && root != null) {
				imports[0] = adapter.get(Tuples.create(root, Boolean.FALSE, IMPORTS));
				imports[1] = adapter.get(Tuples.create(root, Boolean.TRUE, IMPORTS));
			}
		}

		private OnChangeEvictingCache.CacheAdapter adapter() {
			return cache instanceof OnChangeEvictingCache evicting ? evicting.getOrCreate(resource) : null;
		}

		/**
		 * Puts the file's scope and imports back into its cache (cleared by the change), the scope
		 * with the entries of {@code removed} (the old part's objects) replaced by those of
		 * {@code part} (the new one, null if none). Call after the part's references are installed
		 * (installing them clears the cache) and again after any later change to the file's objects.
		 */
		void restore(Set<EObject> removed, EObject part) {
			OnChangeEvictingCache.CacheAdapter adapter = adapter();
			if (adapter == null || root == null || resource.getContents().isEmpty() || resource.getContents().get(0) != root) {
				return;
			}
			for (int i = 0; i < 2; i++) {
				if (imports[i] != null) {
					adapter.set(Tuples.create(root, Boolean.valueOf(i == 1), IMPORTS), imports[i]);
				}
			}
			if (patched == null && elements != null) {
				patched = replaced(elements, removed, part);
			}
			if (patched instanceof MultimapBasedSelectable selectable) {
				adapter.set(ALL_DESCRIPTIONS, selectable);
			}
		}
	}

	/** What the file's cache holds now, to carry over the partial parse about to change it. */
	Kept keep(Resource resource) {
		return new Kept(resource);
	}

	/** The scope with the old part's run of entries replaced by the new part's; {@link Boolean#FALSE} when the old part had no run. */
	private Object replaced(MultimapBasedSelectable scope, Set<EObject> removed, EObject part) {
		List<IEObjectDescription> before = new ArrayList<>();
		List<IEObjectDescription> after = new ArrayList<>();
		int run = 0;
		for (IEObjectDescription description : scope.getExportedObjects()) {
			if (removed.contains(description.getEObjectOrProxy())) {
				if (!after.isEmpty()) {
					return Boolean.FALSE; // not one run: not the shape of a subtree
				}
				run++;
			} else if (run == 0) {
				before.add(description);
			} else {
				after.add(description);
			}
		}
		if (run == 0) {
			return Boolean.FALSE;
		}
		List<IEObjectDescription> all = new ArrayList<>(before.size() + after.size() + run);
		all.addAll(before);
		if (part != null) {
			List<EObject> objects = new ArrayList<>();
			objects.add(part);
			EcoreUtil.<EObject>getAllProperContents(part, false).forEachRemaining(objects::add);
			Scopes.scopedElementsFor(objects, names).forEach(all::add);
		}
		all.addAll(after);
		return new MultimapBasedSelectable(all);
	}
}
