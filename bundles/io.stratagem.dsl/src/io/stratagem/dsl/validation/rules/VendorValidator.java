/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;

import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import io.stratagem.dsl.validation.AbstractRuleValidator;
import io.stratagem.dsl.validation.services.Horizon;
import io.stratagem.dsl.validation.services.ModelIndex;
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
		UseCase dependent = index(partner).derived(FIRST_DEPENDENT, VendorValidator::firstDependents).get(partner);
		if (dependent != null) {
			report(VENDOR_CONTRACT_ENDS_IN_HORIZON, partner, Literals.PARTNER__CONTRACT_END, name(partner), partner.getContractEnd().toString(),
					horizon.end().toString(), name(dependent));
		}
	}

	private static final String FIRST_DEPENDENT = VendorValidator.class.getName() + ".dependent";

	/** For each partner, the first use case (in file order) not retired that depends on it. */
	private static Map<Partner, UseCase> firstDependents(ModelIndex index) {
		Map<Partner, UseCase> result = new IdentityHashMap<>();
		for (UseCase useCase : index.all(UseCase.class)) {
			if (useCase.getStage() != LifecycleStage.RETIRED) {
				for (Partner partner : partnersOf(useCase)) {
					result.putIfAbsent(partner, useCase);
				}
			}
		}
		return result;
	}

	/** The partners a use case depends on: those it names and those that provide a capability it requires. */
	static Set<Partner> partnersOf(UseCase useCase) {
		Set<Partner> partners = new LinkedHashSet<>(useCase.getPartners());
		for (Capability capability : useCase.getCapabilities()) {
			if (resolved(capability) && resolved(capability.getProvider())) {
				partners.add(capability.getProvider());
			}
		}
		return partners;
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
