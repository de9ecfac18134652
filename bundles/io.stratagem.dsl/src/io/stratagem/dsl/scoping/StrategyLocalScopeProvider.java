package io.stratagem.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;

import com.google.inject.Inject;

import io.stratagem.model.StrategyModel;

/**
 * Imports work as in Java: {@code import acme.org.*} makes a namespace's elements referable by
 * simple name, {@code import acme.org.cio} one element. In addition, a file sees the elements of
 * its own namespace declared in other files, as a Java class sees its package.
 */
public class StrategyLocalScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	@Inject
	private IQualifiedNameConverter converter;

	/**
	 * While a linker that keeps the files' root scopes links the file ({@link LinkingScopes}), the
	 * root's scope of a reference type is made once and answers each name once; the scopes of the
	 * nested elements are made on top of it, as Xtext makes them.
	 */
	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (context != null && context.eContainer() == null) {
			LinkingScopes kept = LinkingScopes.of(context.eResource());
			if (kept != null) {
				return kept.root(context, reference.getEReferenceType(), isIgnoreCase(reference), () -> super.getScope(context, reference));
			}
		}
		return super.getScope(context, reference);
	}

	@Override
	protected List<ImportNormalizer> internalGetImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
		List<ImportNormalizer> resolvers = super.internalGetImportedNamespaceResolvers(context, ignoreCase);
		if (context instanceof StrategyModel model && model.getNamespace() != null && !model.getNamespace().isBlank()) {
			List<ImportNormalizer> withOwnNamespace = new ArrayList<>(resolvers);
			withOwnNamespace.add(doCreateImportNormalizer(converter.toQualifiedName(model.getNamespace()), true, ignoreCase));
			return withOwnNamespace;
		}
		return resolvers;
	}
}
