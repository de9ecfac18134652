/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import io.stratagem.dsl.validation.AbstractRuleValidator;
import io.stratagem.dsl.validation.services.ModelIndex;
import io.stratagem.model.KPI;
import io.stratagem.model.LifecycleStage;
import io.stratagem.model.Objective;
import io.stratagem.model.StratagemPackage.Literals;
import io.stratagem.model.Strategy;
import io.stratagem.model.UseCase;

/** Rules of area STRAT: strategy, objectives and their link to use cases. */
public class StrategyRulesValidator extends AbstractRuleValidator {

	@Check(CheckType.NORMAL)
	public void objectiveServed(Objective objective) {
		if (!index(objective).derived(SERVED_OBJECTIVES, StrategyRulesValidator::servedObjectives).contains(objective)) {
			report(STRAT_OBJECTIVE_UNSERVED, objective, null, name(objective));
		}
	}

	private static final String SERVED_OBJECTIVES = StrategyRulesValidator.class.getName() + ".served";

	/** The objectives a use case serves, directly or through an objective that refines them. */
	private static Set<Objective> servedObjectives(ModelIndex index) {
		Set<Objective> served = Collections.newSetFromMap(new IdentityHashMap<>());
		for (UseCase useCase : index.all(UseCase.class)) {
			if (useCase.getStage() == LifecycleStage.RETIRED) {
				continue; // a retired use case delivers nothing
			}
			for (Objective direct : useCase.getObjectives()) {
				// an objective already served has had its parents walked: each is walked once
				for (Objective o = direct; resolved(o) && served.add(o); o = o.getParent()) {
				}
			}
		}
		return served;
	}

	@Check(CheckType.FAST)
	public void useCaseServesObjective(UseCase useCase) {
		if (useCase.getObjectives().isEmpty()) {
			report(STRAT_USE_CASE_WITHOUT_OBJECTIVE, useCase, null, name(useCase));
		}
	}

	@Check(CheckType.FAST)
	public void strategyOwner(Strategy strategy) {
		if (strategy.getOwner() == null) {
			report(STRAT_WITHOUT_OWNER, strategy, null, name(strategy));
		}
	}

	@Check(CheckType.FAST)
	public void objectiveOwner(Objective objective) {
		if (objective.getOwner() == null) {
			report(STRAT_WITHOUT_OWNER, objective, null, name(objective));
		}
	}

	@Check(CheckType.FAST)
	public void strategyHorizon(Strategy strategy) {
		if (strategy.getHorizonStart() == null || strategy.getHorizonEnd() == null) {
			report(STRAT_WITHOUT_HORIZON, strategy, null, name(strategy));
		}
	}

	@Check(CheckType.FAST)
	public void objectiveMeasured(Objective objective) {
		if (objective.getKpis().isEmpty()) {
			report(STRAT_OBJECTIVE_WITHOUT_KPI, objective, null, name(objective));
		}
	}

	@Check(CheckType.FAST)
	public void objectiveDueBeforeParent(Objective objective) {
		Objective parent = objective.getParent();
		if (objective.getTargetDate() != null && resolved(parent) && parent.getTargetDate() != null
				&& parent.getTargetDate().endsBefore(objective.getTargetDate())) {
			report(STRAT_OBJECTIVE_DUE_AFTER_PARENT, objective, Literals.OBJECTIVE__TARGET_DATE, name(objective),
					objective.getTargetDate().toString(), name(parent), parent.getTargetDate().toString());
		}
	}

	/** A KPI that measures the objective is not due after it: the objective would be shown reached only later. */
	@Check(CheckType.FAST)
	public void kpiTargetByObjectiveDue(Objective objective) {
		if (objective.getTargetDate() == null) {
			return;
		}
		for (int i = 0; i < objective.getKpis().size(); i++) {
			KPI kpi = objective.getKpis().get(i);
			if (resolved(kpi) && kpi.getTargetDate() != null && objective.getTargetDate().endsBefore(kpi.getTargetDate())) {
				report(STRAT_KPI_TARGET_AFTER_OBJECTIVE, objective, Literals.OBJECTIVE__KPIS, i, name(objective), objective.getTargetDate().toString(),
						name(kpi), kpi.getTargetDate().toString());
			}
		}
	}
}
