/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import io.stratagem.dsl.validation.AbstractRuleValidator;
import io.stratagem.dsl.validation.services.Horizon;
import io.stratagem.model.Capability;
import io.stratagem.model.DueDiligence;
import io.stratagem.model.LifecycleStage;
import io.stratagem.model.Partner;
import io.stratagem.model.StratagemPackage.Literals;
import io.stratagem.model.UseCase;

/** Rules of area VENDOR: contracts, exit plans and due diligence of partners. */
public class VendorValidator extends AbstractRuleValidator {

	@Check(CheckType.NORMAL)
	public void contractCoversHorizon(Partner partner) {
		if (partner.getContractEnd() == null) {
			return;
		}
		Horizon horizon = horizon(partner);
		if (horizon == null || !partner.getContractEnd().endsBefore(horizon.end())) {
			return;
		}
		for (UseCase useCase : index(partner).all(UseCase.class)) {
			if (useCase.getStage() != LifecycleStage.RETIRED && dependsOn(useCase, partner)) {
				report(VENDOR_CONTRACT_ENDS_IN_HORIZON, partner, Literals.PARTNER__CONTRACT_END, name(partner),
						partner.getContractEnd().toString(), horizon.end().toString(), name(useCase));
				return;
			}
		}
	}

	/** A use case depends on a partner it names or that provides a capability it requires. */
	static boolean dependsOn(UseCase useCase, Partner partner) {
		Set<Partner> partners = new LinkedHashSet<>(useCase.getPartners());
		for (Capability capability : useCase.getCapabilities()) {
			if (resolved(capability) && resolved(capability.getProvider())) {
				partners.add(capability.getProvider());
			}
		}
		return partners.contains(partner);
	}

	@Check(CheckType.FAST)
	public void exitPlan(Partner partner) {
		if (partner.isCritical() && (partner.getExitPlan() == null || partner.getExitPlan().isBlank())) {
			report(VENDOR_CRITICAL_WITHOUT_EXIT_PLAN, partner, null, name(partner));
		}
	}

	@Check(CheckType.FAST)
	public void dueDiligence(Partner partner) {
		if (partner.isCritical() && partner.getDueDiligence() != DueDiligence.COMPLETED) {
			String state = partner.eIsSet(Literals.PARTNER__DUE_DILIGENCE) ? partner.getDueDiligence().getLiteral() : "not recorded";
			report(VENDOR_CRITICAL_WITHOUT_DUE_DILIGENCE, partner, null, name(partner), state);
		}
	}
}
