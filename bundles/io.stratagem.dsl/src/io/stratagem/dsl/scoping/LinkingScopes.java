/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.scoping;

import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.ISelectable;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.scoping.IScope;

/**
 * The scopes of one file's root, per reference type, kept while a linker resolves the file's
 * references ({@code io.stratagem.workspace.load.ModelLinker} attaches it before linking and
 * detaches it after). Xtext builds the whole chain of import scopes for every reference and looks
 * each name up again through the imports, the file's own elements, the index and the library: at
 * 100k elements that was the largest part of linking. Within one linking pass neither the file
 * nor the index changes, so the root's scope of a reference type and what it finds for a name
 * are the same for every reference of the file; the nested elements' scopes are still made per
 * reference, on top of it, as Xtext makes them. Below the imports and the file's own elements, the
 * root's scope looks names up in the workspace's index through lookups all files of the pass share
 * ({@link IndexedWorkspaceScope}, {@link LinkingPass}): few names are looked up twice in one file,
 * but many in several files.
 *
 * <p>Kept for one pass only: an editing session changes files and the index between passes, and
 * links again with fresh scopes; the language server links through Xtext alone, without it.
 */
public final class LinkingScopes extends AdapterImpl {

	private record Key(EObject root, EClass type, boolean ignoreCase) {
	}

	private final Map<Key, IScope> roots = new ConcurrentHashMap<>();

	/** What the files of the pass share, or null when their set has no index installed ({@link ExportedNamesIndex}). */
	private final LinkingPass pass;

	private LinkingScopes(LinkingPass pass) {
		this.pass = pass;
	}

	/** Keeps the root scopes of the file until {@link #detach}; call before other threads link. */
	public static void attach(Resource resource) {
		attach(List.of(resource));
	}

	/**
	 * Keeps the root scopes of the files until {@link #detach}, and lets them share their lookups in
	 * the index of their set ({@link LinkingPass}); call before other threads link.
	 */
	public static void attach(Collection<? extends Resource> resources) {
		Map<ResourceDescriptionsData, LinkingPass> passes = new IdentityHashMap<>();
		for (Resource resource : resources) {
			if (of(resource) == null) {
				ResourceSet set = resource.getResourceSet();
				ResourceDescriptionsData index = ExportedNamesIndex.isInstalled(set) ? ResourceDescriptionsData.ResourceSetAdapter.findResourceDescriptionsData(set) : null;
				LinkingPass pass = index == null ? null : passes.computeIfAbsent(index, data -> new LinkingPass(data, resources.size()));
				resource.eAdapters().add(new LinkingScopes(pass));
			}
		}
	}

	/** The qualified names of the file's descriptions {@code local}, collected once for the pass. */
	private Set<QualifiedName> names;

	private ISelectable namesOf;

	/** The largest number of segments of a name in {@link #names}. */
	private int longestName;

	/** The qualified names of the descriptions {@code local} of the file, collected once while it is linked. */
	Set<QualifiedName> names(ISelectable local) {
		synchronized (this) {
			if (names == null || namesOf != local) {
				Set<QualifiedName> collected = new HashSet<>();
				int longest = 0;
				for (IEObjectDescription description : local.getExportedObjects()) {
					collected.add(description.getName());
					longest = Math.max(longest, description.getName().getSegmentCount());
				}
				names = collected;
				namesOf = local;
				longestName = longest;
			}
			return names;
		}
	}

	/** The largest number of segments of a qualified name among the file's descriptions {@code local}. */
	int longestName(ISelectable local) {
		synchronized (this) {
			names(local);
			return longestName;
		}
	}

	/** The pass's shared lookups in {@code index}, or null when the file's pass does not read that index. */
	LinkingPass pass(ResourceDescriptionsData index) {
		return pass != null && pass.index() == index ? pass : null;
	}

	/** Drops what {@link #attach} kept: later lookups see the files and the index as they are then. */
	public static void detach(Resource resource) {
		resource.eAdapters().removeIf(LinkingScopes.class::isInstance);
	}

	/** The scopes kept for the file, or null when it is not being linked by a linker that keeps them. */
	public static LinkingScopes of(Resource resource) {
		return resource == null ? null : (LinkingScopes) EcoreUtil.getExistingAdapter(resource, LinkingScopes.class);
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == LinkingScopes.class;
	}

	/** The root's scope for the type, made once by {@code scope}, which answers each name once. */
	IScope root(EObject root, EClass type, boolean ignoreCase, Supplier<IScope> scope) {
		Key key = new Key(root, type, ignoreCase);
		IScope result = roots.get(key);
		if (result == null) {
			result = new NameLookups(scope.get());
			IScope earlier = roots.putIfAbsent(key, result);
			if (earlier != null) {
				result = earlier;
			}
		}
		return result;
	}

	/**
	 * A scope that answers a lookup of one element by name once and gives the same answer after;
	 * everything else it asks its delegate. The first lookup of a name goes through the delegate, so
	 * a recording wrapper inside it (Xtext's imported names) records what it records without the cache.
	 */
	private static final class NameLookups extends ForwardingScope {

		private final Map<QualifiedName, Optional<IEObjectDescription>> found = new ConcurrentHashMap<>();

		NameLookups(IScope delegate) {
			super(delegate);
		}

		@Override
		public IEObjectDescription getSingleElement(QualifiedName name) {
			Optional<IEObjectDescription> result = found.get(name);
			if (result == null) {
				result = Optional.ofNullable(xtext.getSingleElement(name));
				found.putIfAbsent(name, result);
			}
			return result.orElse(null);
		}
	}
}
