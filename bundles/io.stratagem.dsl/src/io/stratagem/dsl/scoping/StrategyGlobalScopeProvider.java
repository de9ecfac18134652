package io.stratagem.dsl.scoping;

import java.util.Collections;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IEObjectDescription;
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
 */
public class StrategyGlobalScopeProvider extends DefaultGlobalScopeProvider {

	@Inject
	private BuiltInLibrary library;

	@Override
	protected IScope getScope(Resource resource, boolean ignoreCase, EClass type, Predicate<IEObjectDescription> filter) {
		IScope result = library.scope(type, filter, ignoreCase);
		List<IContainer> containers = Lists.newArrayList(getVisibleContainers(resource));
		Collections.reverse(containers);
		for (IContainer container : containers) {
			result = createContainerScopeWithContext(resource, result, container, filter, type, ignoreCase);
		}
		return result;
	}
}
