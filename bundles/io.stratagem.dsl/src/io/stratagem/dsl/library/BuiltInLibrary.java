package io.stratagem.dsl.library;

import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.AbstractScope;

import com.google.common.base.Predicate;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Iterables;
import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;

import io.stratagem.model.FrameworkRequirement;

/**
 * The framework requirement library shipped inside this bundle under {@code library/}.
 *
 * <p>Its files are addressed by the URL the class loader gives them ({@code jar:}, {@code file:}
 * or the OSGi bundle URL), which EMF's default URI converter opens in any resource set: a
 * reference from a user's model to a library element resolves in that model's own resource set,
 * with no special setup in the command line, the tests or a language server. The descriptions
 * handed out hold proxies, never objects of the library's private resource set.
 */
@Singleton
public class BuiltInLibrary {

	/** The library files, relative to the bundle root. */
	public static final List<String> FILES = List.of(
			"library/eu-ai-act.strategy",
			"library/nist-ai-rmf.strategy",
			"library/iso-iec-42001.strategy",
			"library/omb-m-25-21.strategy");

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceDescription.Manager descriptions;

	private volatile List<IEObjectDescription> exported;

	/** The exported objects by lower-case qualified name, for lookups by name in any case mode. */
	private volatile Map<QualifiedName, List<IEObjectDescription>> byLowerCaseName;

	/** The URIs of the library files, as the class loader resolves them. */
	public List<URI> uris() {
		List<URI> uris = new ArrayList<>();
		for (String file : FILES) {
			URL url = BuiltInLibrary.class.getClassLoader().getResource(file);
			if (url == null) {
				throw new IllegalStateException("The built-in library file " + file + " is missing from the io.stratagem.dsl bundle");
			}
			uris.add(URI.createURI(url.toString()));
		}
		return uris;
	}

	/**
	 * Every framework requirement of the library, in library order, loaded into the given resource
	 * set: the same objects that references from the set's models resolve to.
	 */
	public List<FrameworkRequirement> requirements(ResourceSet resourceSet) {
		List<FrameworkRequirement> result = new ArrayList<>();
		for (URI uri : uris()) {
			resourceSet.getResource(uri, true).getAllContents().forEachRemaining(object -> {
				if (object instanceof FrameworkRequirement requirement) {
					result.add(requirement);
				}
			});
		}
		return result;
	}

	/** Every element the library exports, by qualified name. */
	public List<IEObjectDescription> exportedObjects() {
		List<IEObjectDescription> result = exported;
		if (result == null) {
			synchronized (this) {
				result = exported;
				if (result == null) {
					result = load();
					exported = result;
				}
			}
		}
		return result;
	}

	/**
	 * A scope of the library's elements of the given type, meant as the outermost global scope.
	 * Every cross-reference that the workspace does not resolve asks it, so it looks names up in
	 * an index instead of going through the whole library.
	 */
	public IScope scope(EClass type, Predicate<IEObjectDescription> filter, boolean ignoreCase) {
		return new LibraryScope(type, filter, ignoreCase);
	}

	private Map<QualifiedName, List<IEObjectDescription>> byLowerCaseName() {
		Map<QualifiedName, List<IEObjectDescription>> result = byLowerCaseName;
		if (result == null) {
			Map<QualifiedName, List<IEObjectDescription>> index = new HashMap<>();
			for (IEObjectDescription description : exportedObjects()) {
				index.computeIfAbsent(description.getName().toLowerCase(), k -> new ArrayList<>()).add(description);
			}
			result = index;
			byLowerCaseName = result;
		}
		return result;
	}

	/** The library's elements of one type that pass a filter. */
	private final class LibraryScope extends AbstractScope {

		private final EClass type;
		private final Predicate<IEObjectDescription> filter;

		LibraryScope(EClass type, Predicate<IEObjectDescription> filter, boolean ignoreCase) {
			super(IScope.NULLSCOPE, ignoreCase);
			this.type = type;
			this.filter = filter;
		}

		private boolean accepts(IEObjectDescription description) {
			return type.isSuperTypeOf(description.getEClass()) && (filter == null || filter.apply(description));
		}

		@Override
		protected Iterable<IEObjectDescription> getAllLocalElements() {
			return Iterables.filter(exportedObjects(), this::accepts);
		}

		@Override
		protected Iterable<IEObjectDescription> getLocalElementsByName(QualifiedName name) {
			List<IEObjectDescription> result = new ArrayList<>(1);
			for (IEObjectDescription description : byLowerCaseName().getOrDefault(name.toLowerCase(), List.of())) {
				if ((isIgnoreCase() || name.equals(description.getName())) && accepts(description)) {
					result.add(description);
				}
			}
			return result;
		}
	}

	private List<IEObjectDescription> load() {
		XtextResourceSet resourceSet = resourceSets.get();
		ImmutableList.Builder<IEObjectDescription> result = ImmutableList.builder();
		for (URI uri : uris()) {
			Resource resource = resourceSet.getResource(uri, true);
			if (!resource.getErrors().isEmpty()) {
				throw new IllegalStateException("The built-in library file " + uri + " does not parse: " + resource.getErrors().get(0).getMessage());
			}
			for (IEObjectDescription description : descriptions.getResourceDescription(resource).getExportedObjects()) {
				result.add(EObjectDescription.create(description.getName(), proxyOf(description), userData(description)));
			}
		}
		return result.build();
	}

	private static EObject proxyOf(IEObjectDescription description) {
		EObject proxy = EcoreUtil.create(description.getEClass());
		((InternalEObject) proxy).eSetProxyURI(description.getEObjectURI());
		return proxy;
	}

	private static java.util.Map<String, String> userData(IEObjectDescription description) {
		java.util.Map<String, String> data = new java.util.HashMap<>();
		for (String key : description.getUserDataKeys()) {
			data.put(key, description.getUserData(key));
		}
		return data;
	}
}
