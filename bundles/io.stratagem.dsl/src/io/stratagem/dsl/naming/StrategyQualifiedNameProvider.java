package io.stratagem.dsl.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import io.stratagem.model.NamedElement;
import io.stratagem.model.StrategyModel;

/**
 * Every named element is known as {@code namespace.name}, whatever block it is nested in: an
 * initiative inside a phase of a roadmap is {@code acme.roadmap.DataPlatform}. Architects then
 * refer to any element of a namespace the same way, and names are unique per namespace.
 */
@Singleton
public class StrategyQualifiedNameProvider extends IQualifiedNameProvider.AbstractImpl {

	@Inject
	private IQualifiedNameConverter converter;

	@Inject
	private IResourceScopeCache cache;

	@Override
	public QualifiedName getFullyQualifiedName(EObject object) {
		return cache.get(Tuples.pair(object, "fqn"), object.eResource(), () -> compute(object));
	}

	private QualifiedName compute(EObject object) {
		if (object instanceof StrategyModel model) {
			return namespaceOf(model);
		}
		if (object instanceof NamedElement element && element.getName() != null && !element.getName().isEmpty()) {
			QualifiedName name = QualifiedName.create(element.getName());
			QualifiedName namespace = namespaceOf(EcoreUtil2.getContainerOfType(element, StrategyModel.class));
			return namespace == null ? name : namespace.append(name);
		}
		return null;
	}

	private QualifiedName namespaceOf(StrategyModel model) {
		if (model == null || model.getNamespace() == null || model.getNamespace().isBlank()) {
			return null;
		}
		return converter.toQualifiedName(model.getNamespace());
	}
}
