/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;

import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import io.stratagem.dsl.validation.AbstractRuleValidator;
import io.stratagem.dsl.validation.services.Horizon;
import io.stratagem.model.Capability;
import io.stratagem.model.LifecycleStage;
import io.stratagem.model.Partner;
import io.stratagem.model.StratagemPackage.Literals;
import io.stratagem.model.UseCase;
import io.stratagem.model.time.StrategyDate;

/** Rules of area INFRA: capabilities that use cases need. */
public class InfrastructureValidator extends AbstractRuleValidator {

	@Check(CheckType.FAST)
	public void capabilityAvailableAtDeployment(UseCase useCase) {
		if (useCase.getDeployment() == null) {
			return;
		}
		for (int i = 0; i < useCase.getCapabilities().size(); i++) {
			Capability capability = useCase.getCapabilities().get(i);
			if (resolved(capability) && capability.getAvailableFrom() != null && useCase.getDeployment().endsBefore(capability.getAvailableFrom())) {
				report(INFRA_CAPABILITY_NOT_YET_AVAILABLE, useCase, Literals.USE_CASE__CAPABILITIES, i, name(useCase),
						useCase.getDeployment().toString(), name(capability), capability.getAvailableFrom().toString());
			}
		}
	}

	@Check(CheckType.NORMAL)
	public void capabilityLastsToHorizonEnd(UseCase useCase) {
		if (useCase.getStage() == LifecycleStage.RETIRED) {
			return;
		}
		Horizon horizon = horizon(useCase);
		if (horizon == null) {
			return;
		}
		for (int i = 0; i < useCase.getCapabilities().size(); i++) {
			Capability capability = useCase.getCapabilities().get(i);
			if (resolved(capability) && capability.getAvailableUntil() != null && capability.getAvailableUntil().endsBefore(horizon.end())) {
				report(INFRA_CAPABILITY_ENDS_IN_HORIZON, useCase, Literals.USE_CASE__CAPABILITIES, i, name(capability),
						capability.getAvailableUntil().toString(), name(useCase), horizon.end().toString());
			}
		}
	}

	@Check(CheckType.FAST)
	public void capabilityDated(UseCase useCase) {
		for (int i = 0; i < useCase.getCapabilities().size(); i++) {
			Capability capability = useCase.getCapabilities().get(i);
			if (resolved(capability) && capability.getAvailableFrom() == null) {
				report(INFRA_CAPABILITY_WITHOUT_DATE, useCase, Literals.USE_CASE__CAPABILITIES, i, name(capability), name(useCase));
			}
		}
	}

	/** A capability a partner provides is not available beyond the end of the partner's contract. */
	@Check(CheckType.FAST)
	public void availableWithinProviderContract(Capability capability) {
		Partner provider = capability.getProvider();
		StrategyDate until = capability.getAvailableUntil();
		if (until != null && resolved(provider) && provider.getContractEnd() != null && provider.getContractEnd().endsBefore(until)) {
			report(INFRA_PROVIDER_CONTRACT_ENDS_FIRST, capability, Literals.CAPABILITY__AVAILABLE_UNTIL, name(capability), until.toString(),
					name(provider), provider.getContractEnd().toString());
		}
	}
}
