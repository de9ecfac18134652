/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;

import io.stratagem.dsl.validation.AbstractRuleValidator;
import io.stratagem.dsl.validation.services.RequirementCoverage;
import io.stratagem.model.EuAiActRole;
import io.stratagem.model.EuAiActTier;
import io.stratagem.model.StratagemPackage.Literals;
import io.stratagem.model.UseCase;

/** Rules of area EUAI: obligations of the EU AI Act (Regulation (EU) 2024/1689) by risk tier. */
public class EuAiActValidator extends AbstractRuleValidator {

	/** Chapter III Section 2: requirements for high-risk AI systems. */
	public static final List<String> HIGH_RISK_REQUIREMENTS = List.of("AIA-9", "AIA-10", "AIA-11", "AIA-12", "AIA-13", "AIA-14", "AIA-15");
	public static final String DEPLOYER_OBLIGATIONS = "AIA-26";
	public static final String FRIA = "AIA-27";
	public static final String TRANSPARENCY = "AIA-50";

	/**
	 * Where the issue data of the missing-requirement findings (EUAI-002 to EUAI-005) holds the
	 * codes of the missing requirements ("AIA-10"), one an item, after the message arguments (the
	 * use case's name and the articles): their quick fix reads them from there.
	 */
	public static final int DATA_MISSING_REQUIREMENTS = 2;

	@Inject
	private RequirementCoverage coverage;

	@Check(CheckType.FAST)
	public void notProhibited(UseCase useCase) {
		if (useCase.getEuAiActTier() == EuAiActTier.UNACCEPTABLE) {
			report(EUAI_UNACCEPTABLE, useCase, Literals.USE_CASE__EU_AI_ACT_TIER, name(useCase));
		}
	}

	@Check(CheckType.NORMAL)
	public void highRiskRequirements(UseCase useCase) {
		if (useCase.getEuAiActTier() != EuAiActTier.HIGH || useCase.getEuAiActRole() == EuAiActRole.DEPLOYER) {
			return;
		}
		Set<String> satisfied = coverage.satisfiedCodes(coverage.controlsInForce(useCase, index(useCase)));
		List<String> missing = new ArrayList<>();
		for (String code : HIGH_RISK_REQUIREMENTS) {
			if (!satisfied.contains(code)) {
				missing.add(code);
			}
		}
		if (!missing.isEmpty()) {
			reportMissing(EUAI_HIGH_RISK_PROVIDER, useCase, Literals.USE_CASE__EU_AI_ACT_TIER, missing);
		}
	}

	@Check(CheckType.NORMAL)
	public void deployerObligations(UseCase useCase) {
		if (isHighRiskDeployer(useCase) && !coverage.satisfies(coverage.controlsInForce(useCase, index(useCase)), DEPLOYER_OBLIGATIONS)) {
			reportMissing(EUAI_HIGH_RISK_DEPLOYER, useCase, Literals.USE_CASE__EU_AI_ACT_ROLE, List.of(DEPLOYER_OBLIGATIONS));
		}
	}

	@Check(CheckType.NORMAL)
	public void fundamentalRightsImpactAssessment(UseCase useCase) {
		if (isHighRiskDeployer(useCase) && !coverage.satisfies(coverage.controlsInForce(useCase, index(useCase)), FRIA)) {
			reportMissing(EUAI_FRIA, useCase, Literals.USE_CASE__EU_AI_ACT_ROLE, List.of(FRIA));
		}
	}

	private static boolean isHighRiskDeployer(UseCase useCase) {
		return useCase.getEuAiActTier() == EuAiActTier.HIGH
				&& (useCase.getEuAiActRole() == EuAiActRole.DEPLOYER || useCase.getEuAiActRole() == EuAiActRole.PROVIDER_AND_DEPLOYER);
	}

	@Check(CheckType.NORMAL)
	public void limitedTransparency(UseCase useCase) {
		if (useCase.getEuAiActTier() == EuAiActTier.LIMITED && !coverage.satisfies(coverage.controlsInForce(useCase, index(useCase)), TRANSPARENCY)) {
			reportMissing(EUAI_LIMITED_TRANSPARENCY, useCase, Literals.USE_CASE__EU_AI_ACT_TIER, List.of(TRANSPARENCY));
		}
	}

	@Check(CheckType.FAST)
	public void classifiedWhenInUse(UseCase useCase) {
		if (UseCases.inUse(useCase) && (useCase.getEuAiActTier() == null || useCase.getEuAiActTier() == EuAiActTier.UNCLASSIFIED)) {
			report(EUAI_UNCLASSIFIED_IN_USE, useCase, null, name(useCase), UseCases.stage(useCase));
		}
	}

	/** Reports the missing requirements by article in the message and by code in the issue data. */
	private void reportMissing(String code, UseCase useCase, EStructuralFeature feature, List<String> missing) {
		String articles = String.join(", ", missing.stream().map(EuAiActValidator::article).toList());
		reportWithData(code, useCase, feature, List.of(name(useCase), articles), missing);
	}

	/** "Art. 9" for "AIA-9". */
	static String article(String code) {
		return "Art. " + code.substring("AIA-".length());
	}
}
