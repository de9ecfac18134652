package io.stratagem.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.ISelectable;
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
		if (context != null && context.eContainer() != null && !isIgnoreCase(reference)) {
			LinkingScopes kept = LinkingScopes.of(context.eResource());
			EObject root = kept == null ? null : rootOfPassThrough(kept, context);
			if (root != null) {
				return getScope(root, reference);
			}
		}
		if (context != null && context.eContainer() == null) {
			LinkingScopes kept = LinkingScopes.of(context.eResource());
			if (kept != null) {
				boolean ignoreCase = isIgnoreCase(reference);
				return kept.root(context, reference.getEReferenceType(), ignoreCase, () -> {
					IScope xtext = super.getScope(context, reference);
					return ignoreCase || !getImplicitImports(false).isEmpty() ? xtext : directRootScope(kept, xtext, context, reference);
				});
			}
		}
		return super.getScope(context, reference);
	}

	/**
	 * The file's root, when the scopes Xtext puts between it and {@code context} add nothing to a
	 * case-sensitive scope: no element on the way has imports, and each one's qualified name
	 * {@code q} is too long for {@code q.N} to be the name of one of the file's elements (what such a
	 * scope adds); else null. Every named element is known as {@code namespace.name}, so an element's
	 * scope is its root's ({@code StrategyQualifiedNameProvider}).
	 */
	private EObject rootOfPassThrough(LinkingScopes kept, EObject context) {
		int longest = kept.longestName(getAllDescriptions(context.eResource()));
		EObject object = context;
		for (; object.eContainer() != null; object = object.eContainer()) {
			QualifiedName name = getQualifiedNameOfLocalElement(object);
			if (name != null && name.getSegmentCount() < longest || !getImportedNamespaceResolvers(object, false).isEmpty()) {
				return null;
			}
		}
		return object;
	}

	/**
	 * The root's scope of {@code getScope} for a case-sensitive reference, answering lookups by name
	 * without walking the chain {@code xtext} ({@link DirectRootScope}); the parts are those that
	 * {@code getScope} puts in the chain.
	 */
	private IScope directRootScope(LinkingScopes kept, IScope xtext, EObject root, EReference reference) {
		ISelectable local = getAllDescriptions(root.eResource());
		QualifiedName namespace = getQualifiedNameOfLocalElement(root);
		ImportNormalizer ownNamespace = namespace == null || namespace.isEmpty() ? null : doCreateImportNormalizer(namespace, true, false);
		return new DirectRootScope(xtext, local, kept.names(local), ownNamespace, getImportedNamespaceResolvers(root, false), getGlobalScope(root.eResource(), reference),
				reference.getEReferenceType());
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
