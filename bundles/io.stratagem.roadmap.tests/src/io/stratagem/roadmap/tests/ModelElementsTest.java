package io.stratagem.roadmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;

import io.stratagem.model.Control;
import io.stratagem.model.FrameworkRequirement;
import io.stratagem.model.NamedElement;
import io.stratagem.model.Risk;
import io.stratagem.model.StrategyModel;
import io.stratagem.model.UseCase;
import io.stratagem.roadmap.ModelElements;

/**
 * {@link ModelElements} walks the model once and groups its elements by class: the elements of a
 * type, an interface many classes implement included, are those a scan of every element finds, in
 * model order.
 */
class ModelElementsTest {

	private static final List<Class<? extends EObject>> TYPES = List.of(EObject.class, NamedElement.class, StrategyModel.class, UseCase.class,
			Risk.class, Control.class, FrameworkRequirement.class);

	@Test
	void theElementsOfEachTypeAreThoseAScanFindsInModelOrder() {
		List<EObject> roots = roots(AcmeInsurance.resourceSet().getResources());
		ModelElements elements = ModelElements.of(roots);
		for (Class<? extends EObject> type : TYPES) {
			assertEquals(scan(roots, type), elements.all(type), type.getSimpleName());
		}
		assertTrue(elements.all(NamedElement.class).size() > elements.all(UseCase.class).size(), "NamedElement spans many classes");
	}

	@Test
	void moreRootsListTheirElementsAfterThoseOfTheModelAsOneWalkOfAllTheRootsWould() {
		List<EObject> roots = roots(AcmeInsurance.resourceSet().getResources());
		List<EObject> first = roots.subList(0, roots.size() / 2);
		List<EObject> rest = roots.subList(roots.size() / 2, roots.size());
		ModelElements model = ModelElements.of(first);
		model.all(NamedElement.class); // a type listed before the model is extended stays the model's own
		ModelElements extended = model.and(rest);
		for (Class<? extends EObject> type : TYPES) {
			assertEquals(scan(roots, type), extended.all(type), type.getSimpleName());
			assertEquals(scan(first, type), model.all(type), type.getSimpleName());
		}
	}

	private static List<EObject> roots(List<Resource> resources) {
		List<EObject> roots = new ArrayList<>();
		List.copyOf(resources).forEach(resource -> roots.addAll(resource.getContents()));
		return roots;
	}

	private static <T> List<T> scan(List<EObject> roots, Class<T> type) {
		List<T> result = new ArrayList<>();
		for (EObject root : roots) {
			if (type.isInstance(root)) {
				result.add(type.cast(root));
			}
			root.eAllContents().forEachRemaining(object -> {
				if (type.isInstance(object)) {
					result.add(type.cast(object));
				}
			});
		}
		return result;
	}
}
