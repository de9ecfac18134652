package io.stratagem.roadmap.conformity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.stratagem.model.Control;
import io.stratagem.model.Risk;
import io.stratagem.model.UseCase;
import io.stratagem.roadmap.ModelElements;

/**
 * The controls of each use case: those that name it and those of the risks it lists or that name
 * it, as the governance rules count them. Built once per model, so asking for every use case stays
 * linear in the size of the model.
 */
public final class UseCaseControls {

	private final Map<UseCase, Set<Control>> byUseCase = new IdentityHashMap<>();
	private final Map<Control, Integer> modelOrder = new IdentityHashMap<>();

	public UseCaseControls(ModelElements elements) {
		List<Control> controls = elements.all(Control.class);
		for (int i = 0; i < controls.size(); i++) {
			modelOrder.put(controls.get(i), i);
			for (UseCase useCase : controls.get(i).getUseCases()) {
				add(useCase, List.of(controls.get(i)));
			}
		}
		Map<Risk, Set<UseCase>> useCasesOfRisk = new HashMap<>();
		for (Risk risk : elements.all(Risk.class)) {
			useCasesOfRisk.computeIfAbsent(risk, r -> new LinkedHashSet<>()).addAll(risk.getUseCases());
		}
		for (UseCase useCase : elements.all(UseCase.class)) {
			for (Risk risk : useCase.getRisks()) {
				useCasesOfRisk.computeIfAbsent(risk, r -> new LinkedHashSet<>()).add(useCase);
			}
		}
		useCasesOfRisk.forEach((risk, useCases) -> useCases.forEach(useCase -> add(useCase, risk.getControls())));
	}

	private void add(UseCase useCase, List<Control> controls) {
		Set<Control> set = byUseCase.computeIfAbsent(useCase, u -> java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
		for (Control control : controls) {
			if (control != null && !control.eIsProxy()) {
				set.add(control);
			}
		}
	}

	/** The controls of a use case, in model order (controls outside the model last, by name). */
	public List<Control> of(UseCase useCase) {
		List<Control> result = new ArrayList<>(byUseCase.getOrDefault(useCase, Set.of()));
		result.sort(Comparator.comparing((Control c) -> modelOrder.getOrDefault(c, Integer.MAX_VALUE))
				.thenComparing(c -> c.getName() == null ? "" : c.getName()));
		return result;
	}
}
