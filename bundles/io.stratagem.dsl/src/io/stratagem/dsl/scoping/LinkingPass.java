/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.scoping;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

import io.stratagem.dsl.library.BuiltInLibrary;

/**
 * What the files linked in one pass share ({@link LinkingScopes}): the index's elements of each
 * looked-up name and type, with the file of each. Most names are looked up by many files (and,
 * through a file's imports, under several qualified names that do not exist), so each is asked of
 * the index once per pass. Valid for one pass over one index: an editing session changes the index
 * between passes and starts a new pass.
 */
final class LinkingPass {

	/** An element the index exports and the URI of its file. */
	record Exported(IEObjectDescription description, URI file) {
	}

	private record Key(EClass type, QualifiedName name) {
	}

	private final ResourceDescriptionsData index;

	private final Map<Key, List<Exported>> exported = new ConcurrentHashMap<>();

	private final Map<Resource, URI> files = new ConcurrentHashMap<>();

	/**
	 * Every qualified name the index exports (case-sensitive), when the pass links most of the
	 * index's files; else null. Most names a file asks for (a name under each of its imports) exist
	 * nowhere: those are answered without a lookup in the index.
	 */
	private final Set<QualifiedName> names;

	/** The names the built-in library exports, collected on first use. */
	private volatile Set<QualifiedName> libraryNames;

	LinkingPass(ResourceDescriptionsData index, int filesLinked) {
		this.index = index;
		this.names = filesLinked * 2 >= index.getAllURIs().size() ? namesOf(index) : null;
	}

	private static Set<QualifiedName> namesOf(ResourceDescriptionsData index) {
		Set<QualifiedName> result = new HashSet<>();
		for (IResourceDescription file : index.getAllResourceDescriptions()) {
			for (IEObjectDescription element : file.getExportedObjects()) {
				result.add(element.getName());
			}
		}
		return result;
	}

	/** Whether the library may have an element of exactly this name: false when none of its names is it. */
	boolean inLibrary(QualifiedName name, BuiltInLibrary library) {
		Set<QualifiedName> result = libraryNames;
		if (result == null) {
			Set<QualifiedName> collected = new HashSet<>();
			library.exportedObjects().forEach(element -> collected.add(element.getName()));
			result = collected;
			libraryNames = result;
		}
		return result.contains(name);
	}

	/** The index this pass reads: a scope uses the pass only for files whose container reads the same. */
	ResourceDescriptionsData index() {
		return index;
	}

	/** The index's elements of the name and type (case-sensitive), in the index's order. */
	List<Exported> exported(EClass type, QualifiedName name) {
		if (names != null && !names.contains(name)) {
			return List.of();
		}
		Key key = new Key(type, name);
		List<Exported> result = exported.get(key);
		if (result == null) {
			result = lookUp(type, name);
			List<Exported> earlier = exported.putIfAbsent(key, result);
			if (earlier != null) {
				result = earlier;
			}
		}
		return result;
	}

	private List<Exported> lookUp(EClass type, QualifiedName name) {
		List<Exported> result = null;
		for (IEObjectDescription description : index.getExportedObjects(type, name, false)) {
			if (result == null) {
				result = new ArrayList<>(1);
			}
			result.add(new Exported(description, fileOf(description)));
		}
		return result == null ? List.of() : List.copyOf(result);
	}

	/**
	 * The URI of the element's file as Xtext's containers compute it, {@code getEObjectURI().trimFragment()}.
	 * For a model element that URI is its file's, normalized, with the element's fragment, which EMF
	 * finds by searching each containing list (at 100k elements a tenth of linking): the fragment is
	 * dropped anyway, and the URI converter's normalization keeps a fragment apart, so the file's
	 * URI is normalized once, with the root's fragment.
	 */
	private URI fileOf(IEObjectDescription description) {
		EObject element = description.getEObjectOrProxy();
		if (description.getClass() == EObjectDescription.class && element != null && !element.eIsProxy() && element.eResource() != null) {
			return files.computeIfAbsent(element.eResource(), LinkingPass::normalizedURI);
		}
		return description.getEObjectURI().trimFragment();
	}

	/** What {@link EObjectDescription#getEObjectURI()} gives, without the fragment, for an element of the file. */
	private static URI normalizedURI(Resource file) {
		URI uri = file.getURI().appendFragment("/");
		ResourceSet set = file.getResourceSet();
		if (!uri.isPlatform() && set != null) {
			uri = set.getURIConverter().normalize(uri);
		}
		return uri.trimFragment();
	}
}
