/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import io.stratagem.dsl.validation.AbstractRuleValidator;
import io.stratagem.model.Initiative;
import io.stratagem.model.InitiativeStatus;
import io.stratagem.model.LifecycleStage;
import io.stratagem.model.Priority;
import io.stratagem.model.StratagemPackage.Literals;
import io.stratagem.model.UseCase;

/** Rules of area UC: use cases in use, prioritisation inputs, owners. */
public class UseCaseValidator extends AbstractRuleValidator {

	@Check(CheckType.FAST)
	public void kpiWhenInUse(UseCase useCase) {
		if (UseCases.inUse(useCase) && useCase.getKpis().isEmpty()) {
			report(UC_WITHOUT_KPI, useCase, null, name(useCase), UseCases.stage(useCase));
		}
	}

	@Check(CheckType.FAST)
	public void priorityInputs(UseCase useCase) {
		if (useCase.getStage() == LifecycleStage.RETIRED) {
			return;
		}
		Priority p = useCase.getPriority();
		List<String> missing = new ArrayList<>();
		if (p == null || p.getBusinessValue() == null) {
			missing.add("value");
		}
		if (p == null || p.getTimeCriticality() == null) {
			missing.add("criticality");
		}
		if (p == null || p.getRiskReduction() == null) {
			missing.add("riskReduction");
		}
		if (p == null || p.getEffort() == null) {
			missing.add("effort");
		}
		if (p == null || p.getReach() == null) {
			missing.add("reach");
		}
		if (p == null || p.getImpact() == null) {
			missing.add("impact");
		}
		if (p == null || p.getConfidence() == null) {
			missing.add("confidence");
		}
		if (!missing.isEmpty()) {
			report(UC_PRIORITY_INPUTS_MISSING, useCase, p == null ? null : Literals.USE_CASE__PRIORITY, name(useCase), String.join(", ", missing));
		}
	}

	@Check(CheckType.FAST)
	public void owner(UseCase useCase) {
		if (useCase.getOwner() == null) {
			report(UC_WITHOUT_OWNER, useCase, null, name(useCase));
		}
	}

	@Check(CheckType.FAST)
	public void deploymentDateWhenInUse(UseCase useCase) {
		if (UseCases.inUse(useCase) && useCase.getDeployment() == null) {
			report(UC_WITHOUT_DEPLOYMENT_DATE, useCase, null, name(useCase), UseCases.stage(useCase));
		}
	}

	@Check(CheckType.FAST)
	public void effortPositive(Priority priority) {
		if (priority.getEffort() != null && priority.getEffort().compareTo(BigDecimal.ZERO) <= 0 && priority.eContainer() instanceof UseCase useCase) {
			report(UC_EFFORT_NOT_POSITIVE, priority, Literals.PRIORITY__EFFORT, name(useCase), priority.getEffort().toPlainString());
		}
	}

	/** A deployed use case is delivered: no initiative that delivers it is still planned, in progress or on hold. */
	@Check(CheckType.NORMAL)
	public void deliveredWhenDeployed(UseCase useCase) {
		if (useCase.getStage() != LifecycleStage.DEPLOYED) {
			return;
		}
		for (Initiative initiative : index(useCase).referrers(useCase, Literals.INITIATIVE__DELIVERABLES, Initiative.class)) {
			if (initiative.getStatus() != InitiativeStatus.DONE && initiative.getStatus() != InitiativeStatus.CANCELLED) {
				report(UC_DEPLOYED_BEFORE_DELIVERED, useCase, Literals.USE_CASE__STAGE, name(useCase), name(initiative),
						initiative.getStatus().getLiteral());
			}
		}
	}
}
