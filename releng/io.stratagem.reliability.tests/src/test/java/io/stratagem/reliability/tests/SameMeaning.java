package io.stratagem.reliability.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

/**
 * Two models mean the same when EMF finds them structurally equal: every attribute, every
 * contained element in order. Cross-references are compared by the qualified name of their
 * target, because the two models live in different resource sets. Source positions are not part
 * of an EMF model (they sit in Xtext's node model), so layout and comments never count.
 */
final class SameMeaning extends EcoreUtil.EqualityHelper {

	private static final long serialVersionUID = 1L;

	private final transient IQualifiedNameProvider names = Pipeline.INJECTOR.getInstance(IQualifiedNameProvider.class);

	static boolean of(EObject a, EObject b) {
		return new SameMeaning().equals(a, b);
	}

	@Override
	protected boolean haveEqualReference(EObject a, EObject b, EReference reference) {
		if (reference.isContainment()) {
			return super.haveEqualReference(a, b, reference);
		}
		return targets(a.eGet(reference, true)).equals(targets(b.eGet(reference, true)));
	}

	private List<String> targets(Object value) {
		List<String> result = new ArrayList<>();
		for (Object target : value instanceof List<?> list ? list : value == null ? List.of() : List.of(value)) {
			EObject object = (EObject) target;
			QualifiedName name = object.eIsProxy() ? null : names.getFullyQualifiedName(object);
			result.add(object.eIsProxy() ? "<unresolved>" : name == null ? "<unnamed " + object.eClass().getName() + ">" : name.toString());
		}
		return result;
	}
}
