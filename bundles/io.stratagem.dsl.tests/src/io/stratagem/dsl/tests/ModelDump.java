package io.stratagem.dsl.tests;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

import com.google.inject.Inject;

/**
 * A canonical text of a model's meaning: every set feature in metamodel order, containments
 * nested, cross-references as the qualified name of their target. Two models with the same dump
 * say the same thing, whatever their layout, comments or resource set.
 */
public class ModelDump {

	@Inject
	private IQualifiedNameProvider names;

	public String dump(EObject root) {
		StringBuilder out = new StringBuilder();
		dump(root, 0, out);
		return out.toString();
	}

	private void dump(EObject object, int depth, StringBuilder out) {
		out.append("  ".repeat(depth)).append(object.eClass().getName()).append('\n');
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (!object.eIsSet(feature)) {
				continue;
			}
			Object value = object.eGet(feature, true);
			String indent = "  ".repeat(depth + 1) + feature.getName() + " = ";
			if (feature instanceof EAttribute) {
				out.append(indent).append(value).append('\n');
			} else if (((EReference) feature).isContainment()) {
				out.append(indent).append('\n');
				for (EObject child : asList(value)) {
					dump(child, depth + 2, out);
				}
			} else {
				out.append(indent);
				for (EObject target : asList(value)) {
					out.append(nameOf(target)).append(' ');
				}
				out.append('\n');
			}
		}
	}

	private String nameOf(EObject target) {
		if (target.eIsProxy()) {
			return "<unresolved>";
		}
		QualifiedName name = names.getFullyQualifiedName(target);
		return name == null ? "<unnamed " + target.eClass().getName() + ">" : name.toString();
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> asList(Object value) {
		return value instanceof List<?> list ? (List<EObject>) list : List.of((EObject) value);
	}
}
