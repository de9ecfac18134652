/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import io.stratagem.dsl.validation.AbstractRuleValidator;
import io.stratagem.model.Objective;
import io.stratagem.model.StratagemPackage.Literals;
import io.stratagem.model.Strategy;
import io.stratagem.model.UseCase;

/** Rules of area STRAT: strategy, objectives and their link to use cases. */
public class StrategyRulesValidator extends AbstractRuleValidator {

	@Check(CheckType.NORMAL)
	public void objectiveServed(Objective objective) {
		for (UseCase useCase : index(objective).all(UseCase.class)) {
			for (Objective served : useCase.getObjectives()) {
				if (refinesOrIs(served, objective)) {
					return;
				}
			}
		}
		report(STRAT_OBJECTIVE_UNSERVED, objective, null, name(objective));
	}

	private static boolean refinesOrIs(Objective candidate, Objective objective) {
		Set<Objective> seen = new HashSet<>();
		for (Objective o = candidate; resolved(o) && seen.add(o); o = o.getParent()) {
			if (o == objective) {
				return true;
			}
		}
		return false;
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
}
