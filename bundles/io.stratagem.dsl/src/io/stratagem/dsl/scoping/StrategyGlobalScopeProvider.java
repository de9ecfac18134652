package io.stratagem.dsl.scoping;

import java.util.Collections;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.containers.FilterUriContainer;
import org.eclipse.xtext.resource.containers.StateBasedContainer;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.resource.impl.ResourceSetBasedResourceDescriptions;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.DefaultGlobalScopeProvider;

import com.google.common.base.Predicate;
import com.google.common.collect.Lists;
import com.google.inject.Inject;

import io.stratagem.dsl.library.BuiltInLibrary;

/**
 * The workspace's elements, then the built-in framework library (EU AI Act, NIST AI RMF,
 * ISO/IEC 42001, OMB M-25-21) as the outermost scope: any model refers to
 * {@code stratagem.euaiact.Art9} without copying the library, and a workspace element of the
 * same qualified name shadows the built-in one.
 *
 * <p>While a linker links the file ({@link LinkingScopes}), the workspace's part looks names up
 * through the pass's shared lookups ({@link IndexedWorkspaceScope}), with the same answers.
 */
public class StrategyGlobalScopeProvider extends DefaultGlobalScopeProvider {

	@Inject
	private BuiltInLibrary library;

	@Override
	protected IScope getScope(Resource resource, boolean ignoreCase, EClass type, Predicate<IEObjectDescription> filter) {
		IScope libraryScope = library.scope(type, filter, ignoreCase);
		IScope result = libraryScope;
		List<IContainer> containers = Lists.newArrayList(getVisibleContainers(resource));
		Collections.reverse(containers);
		for (IContainer container : containers) {
			result = createContainerScopeWithContext(resource, result, container, filter, type, ignoreCase);
		}
		LinkingPass pass = passOf(resource, containers);
		if (pass != null && filter == null && !ignoreCase && result != libraryScope) {
			IContainer visible = new FilterUriContainer(resource.getURI(), containers.get(0));
			return new IndexedWorkspaceScope(result, libraryScope, library, visible, type, pass);
		}
		return result;
	}

	/**
	 * The linking pass's shared lookups ({@link LinkingScopes}) when the file's names come from the
	 * set's index through one container that reads that index (Xtext's flat container over the
	 * resource set), else null: then Xtext's scope answers alone.
	 */
	private LinkingPass passOf(Resource resource, List<IContainer> containers) {
		LinkingScopes kept = LinkingScopes.of(resource);
		if (kept == null || containers.size() != 1 || !(containers.get(0) instanceof StateBasedContainer)
				|| !containers.get(0).hasResourceDescription(resource.getURI())
				|| !(getResourceDescriptions(resource) instanceof ResourceSetBasedResourceDescriptions)) {
			return null;
		}
		return kept.pass(ResourceDescriptionsData.ResourceSetAdapter.findResourceDescriptionsData(resource.getResourceSet()));
	}
}
