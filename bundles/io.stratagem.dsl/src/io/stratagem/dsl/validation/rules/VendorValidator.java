/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
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
import io.stratagem.model.time.StrategyDate;

/** Rules of area VENDOR: contracts, exit plans and due diligence of partners. */
public class VendorValidator extends AbstractRuleValidator {

	/**
	 * A contract that ends before a dependent use case is deployed is an error on each such use
	 * case; otherwise a contract that ends inside the horizon is a warning, naming the first
	 * dependent use case.
	 */
	@Check(CheckType.NORMAL)
	public void contractCoversHorizon(Partner partner) {
		StrategyDate end = partner.getContractEnd();
		if (end == null) {
			return;
		}
		boolean deployedTooLate = false;
		UseCase first = null;
		for (UseCase dependent : index(partner).derived(DEPENDENTS, VendorValidator::dependents).getOrDefault(partner, List.of())) {
			first = first == null ? dependent : first;
			StrategyDate deployment = dependent.getDeployment();
			if (deployment != null && end.endsBefore(deployment)) {
				deployedTooLate = true;
				report(VENDOR_CONTRACT_ENDS_BEFORE_DEPLOYMENT, partner, Literals.PARTNER__CONTRACT_END, name(partner), end.toString(), name(dependent),
						deployment.toString());
			}
		}
		Horizon horizon = horizon(partner);
		if (first != null && !deployedTooLate && horizon != null && end.endsBefore(horizon.end())) {
			report(VENDOR_CONTRACT_ENDS_IN_HORIZON, partner, Literals.PARTNER__CONTRACT_END, name(partner), end.toString(), horizon.end().toString(),
					name(first), first.getDeployment() == null ? "no deployment date" : "deployed " + first.getDeployment());
		}
	}

	private static final String DEPENDENTS = VendorValidator.class.getName() + ".dependents";

	/** For each partner, the use cases (in file order) not retired that depend on it. */
	private static Map<Partner, List<UseCase>> dependents(ModelIndex index) {
		Map<Partner, List<UseCase>> result = new IdentityHashMap<>();
		for (UseCase useCase : index.all(UseCase.class)) {
			if (useCase.getStage() != LifecycleStage.RETIRED) {
				for (Partner partner : partnersOf(useCase)) {
					result.computeIfAbsent(partner, p -> new ArrayList<>()).add(useCase);
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
