/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.scoping;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.ISelectable;
import org.eclipse.xtext.resource.impl.AliasedEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;

/**
 * A file root's scope of one reference type (case-sensitive) while a linker links the file
 * ({@link LinkingScopes}): it finds a name as Xtext's chain of scopes for the root does, without
 * building and walking the chain for each lookup. That chain ({@code ImportedNamespaceAwareLocalScopeProvider}
 * for a root whose qualified name is its namespace, {@link StrategyLocalScopeProvider}) is, from
 * the outside in:
 * <ol>
 * <li>the file's elements of its own namespace ({@code ns.N}, from the file's descriptions);</li>
 * <li>the imports and the own namespace as a wildcard import, each name resolved by every
 * import and looked up in the scopes below; two imports that find different elements make the name
 * ambiguous here (then the scopes below are asked the name as written);</li>
 * <li>the file's elements of its own namespace again (the relative import);</li>
 * <li>the file's elements by qualified name;</li>
 * <li>the workspace's index and then the built-in library ({@code global}).</li>
 * </ol>
 * Without a namespace there are only the imports (when the file has some), the file's elements
 * and the global scope. Each level shadows the levels below for a name it has. Lookups other
 * than one element by name, and case-insensitive scopes, are Xtext's chain's ({@code xtext}).
 */
final class DirectRootScope extends ForwardingScope {

	private final ISelectable local;

	/** The qualified names of the file's descriptions: a name not among them is not looked up in them. */
	private final Set<QualifiedName> localNames;

	/** The file's own namespace as a wildcard import, or null for a file without a namespace. */
	private final ImportNormalizer ownNamespace;

	/** The imports and the own namespace, without duplicates, as Xtext's import scope keeps them. */
	private final List<ImportNormalizer> imports;

	private final IScope global;

	private final EClass type;

	DirectRootScope(IScope xtext, ISelectable local, Set<QualifiedName> localNames, ImportNormalizer ownNamespace, List<ImportNormalizer> imports, IScope global,
			EClass type) {
		super(xtext);
		this.local = local;
		this.localNames = localNames;
		this.ownNamespace = ownNamespace;
		List<ImportNormalizer> distinct = new ArrayList<>();
		for (ImportNormalizer normalizer : imports) {
			if (!distinct.contains(normalizer)) {
				distinct.add(normalizer);
			}
		}
		this.imports = distinct;
		this.global = global;
		this.type = type;
	}

	@Override
	public IEObjectDescription getSingleElement(QualifiedName name) {
		if (ownNamespace != null) {
			IEObjectDescription own = first(inOwnNamespace(name));
			if (own != null) {
				return own;
			}
		}
		if (!imports.isEmpty()) {
			IEObjectDescription imported = first(imported(name));
			if (imported != null) {
				return imported;
			}
		}
		// the relative import below the imports finds what the first level found: nothing here
		IEObjectDescription file = first(inFile(name));
		return file != null ? file : global.getSingleElement(name);
	}

	/**
	 * What the imports find for a name: for each import in order, the elements of the name it
	 * resolves to, as the scopes below the imports give them; nothing when two imports resolve the
	 * name to different qualified names and different elements.
	 */
	private List<IEObjectDescription> imported(QualifiedName name) {
		List<IEObjectDescription> result = new ArrayList<>(1);
		QualifiedName resolvedFirst = null;
		for (ImportNormalizer normalizer : imports) {
			QualifiedName resolved = normalizer.resolve(name);
			if (resolved == null) {
				continue;
			}
			for (IEObjectDescription element : belowImports(resolved)) {
				if (resolvedFirst == null) {
					resolvedFirst = resolved;
				} else if (!resolvedFirst.equals(resolved) && result.get(0).getEObjectOrProxy() != element.getEObjectOrProxy()) {
					return List.of();
				}
				QualifiedName alias = normalizer.deresolve(element.getName());
				if (alias == null) {
					throw new IllegalStateException("Couldn't deresolve " + element.getName() + " with import " + normalizer);
				}
				result.add(new AliasedEObjectDescription(alias, element));
			}
		}
		return result;
	}

	/** The elements of a qualified name in the scopes below the imports: the first level that has some. */
	private List<IEObjectDescription> belowImports(QualifiedName name) {
		if (ownNamespace != null) {
			List<IEObjectDescription> own = inOwnNamespace(name);
			if (!own.isEmpty()) {
				return own;
			}
		}
		List<IEObjectDescription> file = inFile(name);
		if (!file.isEmpty()) {
			return file;
		}
		List<IEObjectDescription> result = new ArrayList<>(1);
		global.getElements(name).forEach(result::add);
		return result;
	}

	/** The file's elements of {@code ns.name}, known by {@code name}. */
	private List<IEObjectDescription> inOwnNamespace(QualifiedName name) {
		QualifiedName resolved = ownNamespace.resolve(name);
		if (resolved == null) {
			return List.of();
		}
		List<IEObjectDescription> found = inFile(resolved);
		if (found.isEmpty()) {
			return found;
		}
		List<IEObjectDescription> result = new ArrayList<>(found.size());
		for (IEObjectDescription element : found) {
			QualifiedName alias = ownNamespace.deresolve(element.getName());
			if (alias == null) {
				throw new IllegalStateException("Couldn't deresolve " + element.getName() + " with import " + ownNamespace);
			}
			result.add(new AliasedEObjectDescription(alias, element));
		}
		return result;
	}

	/** The file's elements of the qualified name and the type (case-sensitive), in the file's order. */
	private List<IEObjectDescription> inFile(QualifiedName name) {
		if (!localNames.contains(name)) {
			return List.of();
		}
		List<IEObjectDescription> result = new ArrayList<>(1);
		local.getExportedObjects(type, name, false).forEach(result::add);
		return result;
	}

	private static IEObjectDescription first(List<IEObjectDescription> elements) {
		return elements.isEmpty() ? null : elements.get(0);
	}
}
