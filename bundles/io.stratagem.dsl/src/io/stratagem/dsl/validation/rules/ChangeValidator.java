/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import io.stratagem.dsl.validation.AbstractRuleValidator;
import io.stratagem.model.ChangeInitiative;
import io.stratagem.model.Role;
import io.stratagem.model.StratagemPackage.Literals;
import io.stratagem.model.UseCase;

/** Rules of area CHANGE: change management of use cases that change work. */
public class ChangeValidator extends AbstractRuleValidator {

	/**
	 * Every role the use case affects is covered by a change initiative that supports it: one that
	 * names the role, or names no roles (it covers them all). Lists the roles none covers.
	 */
	@Check(CheckType.NORMAL)
	public void changeInitiativeForAffectedRoles(UseCase useCase) {
		if (!UseCases.inUse(useCase) || useCase.getAffectedRoles().isEmpty()) {
			return;
		}
		Set<Role> covered = new HashSet<>();
		for (ChangeInitiative change : index(useCase).referrers(useCase, Literals.CHANGE_INITIATIVE__USE_CASES, ChangeInitiative.class)) {
			if (change.getAffectedRoles().isEmpty()) {
				return;
			}
			covered.addAll(change.getAffectedRoles());
		}
		List<Role> uncovered = useCase.getAffectedRoles().stream().filter(role -> !covered.contains(role)).distinct().toList();
		if (!uncovered.isEmpty()) {
			report(CHANGE_NO_INITIATIVE, useCase, null, name(useCase), UseCases.stage(useCase),
					uncovered.stream().map(AbstractRuleValidator::name).collect(Collectors.joining(", ")));
		}
	}

	@Check(CheckType.FAST)
	public void adoptionKpi(ChangeInitiative change) {
		if (change.getAdoptionKpi() == null) {
			report(CHANGE_WITHOUT_ADOPTION_KPI, change, null, name(change));
		}
	}

	@Check(CheckType.FAST)
	public void sponsor(ChangeInitiative change) {
		if (change.getSponsor() == null) {
			report(CHANGE_WITHOUT_SPONSOR, change, null, name(change));
		}
	}
}
