package io.stratagem.workspace.load;

import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.resource.Resource;

import io.stratagem.model.StratagemPackage;

/**
 * Counts the instances of every concrete metamodel class in the model files (not in the built-in
 * library). Every class is listed, with 0 when absent, so reports have a stable shape.
 */
public class ElementCounter {

	public Map<String, Integer> count(ModelSet models) {
		Map<String, Integer> counts = new TreeMap<>();
		for (EClassifier classifier : StratagemPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass type && !type.isAbstract() && !type.isInterface()) {
				counts.put(type.getName(), 0);
			}
		}
		for (Resource resource : models.resources().values()) {
			resource.getAllContents().forEachRemaining(object -> counts.merge(object.eClass().getName(), 1, Integer::sum));
		}
		return counts;
	}
}
