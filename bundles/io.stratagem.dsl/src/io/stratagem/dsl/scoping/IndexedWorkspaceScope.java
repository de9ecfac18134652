/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.scoping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

import io.stratagem.dsl.library.BuiltInLibrary;

/**
 * A file's global scope of one reference type while a linker links it ({@link LinkingScopes}):
 * the workspace's elements the file sees, then the built-in library. It answers a lookup by name as
 * Xtext's scope over the file's visible container and the library does (first the container's
 * elements of that name and type in the index's order, the file's own excluded; when there are
 * none, the library's), but from the pass's shared lookups ({@link LinkingPass}): each name is looked
 * up in the index and each found element's file is computed once per pass, not once per reference
 * and file through the container's filters (which computed every found element's URI fragment,
 * twice). Everything else it asks Xtext's scope.
 */
final class IndexedWorkspaceScope extends ForwardingScope {

	private final IScope library;

	/** The library whose scope {@code library} is: a name it does not export is not looked up in it. */
	private final BuiltInLibrary libraryElements;

	private final IContainer container;

	private final EClass type;

	private final LinkingPass pass;

	/** Whether the file's container holds each file (it holds neither the file itself nor files outside the index). */
	private final Map<URI, Boolean> visible = new ConcurrentHashMap<>();

	IndexedWorkspaceScope(IScope xtext, IScope library, BuiltInLibrary libraryElements, IContainer container, EClass type, LinkingPass pass) {
		super(xtext);
		this.library = library;
		this.libraryElements = libraryElements;
		this.container = container;
		this.type = type;
		this.pass = pass;
	}

	@Override
	public IEObjectDescription getSingleElement(QualifiedName name) {
		List<IEObjectDescription> found = inContainer(name);
		if (!found.isEmpty()) {
			return found.get(0);
		}
		return pass.inLibrary(name, libraryElements) ? library.getSingleElement(name) : null;
	}

	@Override
	public Iterable<IEObjectDescription> getElements(QualifiedName name) {
		List<IEObjectDescription> found = inContainer(name);
		if (!found.isEmpty()) {
			return found;
		}
		return pass.inLibrary(name, libraryElements) ? library.getElements(name) : List.of();
	}

	/** The container's elements of the name and type, in the index's order, as the container gives them. */
	private List<IEObjectDescription> inContainer(QualifiedName name) {
		List<LinkingPass.Exported> exported = pass.exported(type, name);
		if (exported.isEmpty()) {
			return List.of();
		}
		List<IEObjectDescription> result = new ArrayList<>(exported.size());
		for (LinkingPass.Exported element : exported) {
			if (visible.computeIfAbsent(element.file(), container::hasResourceDescription)) {
				result.add(element.description());
			}
		}
		return result;
	}
}
