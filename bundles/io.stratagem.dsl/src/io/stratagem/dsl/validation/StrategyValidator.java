/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

import io.stratagem.dsl.validation.rules.ChangeValidator;
import io.stratagem.dsl.validation.rules.DataValidator;
import io.stratagem.dsl.validation.rules.EthicsValidator;
import io.stratagem.dsl.validation.rules.EuAiActValidator;
import io.stratagem.dsl.validation.rules.FrameworkCoverageValidator;
import io.stratagem.dsl.validation.rules.InfrastructureValidator;
import io.stratagem.dsl.validation.rules.KpiValidator;
import io.stratagem.dsl.validation.rules.LiteracyValidator;
import io.stratagem.dsl.validation.rules.OmbValidator;
import io.stratagem.dsl.validation.rules.RiskValidator;
import io.stratagem.dsl.validation.rules.RoadmapValidator;
import io.stratagem.dsl.validation.rules.StrategyRulesValidator;
import io.stratagem.dsl.validation.rules.StructureValidator;
import io.stratagem.dsl.validation.rules.TalentValidator;
import io.stratagem.dsl.validation.rules.TimeBoundsValidator;
import io.stratagem.dsl.validation.rules.UseCaseValidator;
import io.stratagem.dsl.validation.rules.VendorValidator;

/**
 * Root validator of the language, registered by the generated runtime module. The rule catalogue
 * ({@link RuleCatalogue}) is composed into it area by area with {@code @ComposedChecks}; each
 * area validator reports through {@link AbstractRuleValidator#report}.
 */
@ComposedChecks(validators = { StructureValidator.class, StrategyRulesValidator.class, UseCaseValidator.class, DataValidator.class,
		InfrastructureValidator.class, VendorValidator.class, TalentValidator.class, LiteracyValidator.class, EthicsValidator.class,
		ChangeValidator.class, KpiValidator.class, RiskValidator.class, RoadmapValidator.class, EuAiActValidator.class, OmbValidator.class,
		FrameworkCoverageValidator.class, TimeBoundsValidator.class })
public class StrategyValidator extends AbstractStrategyValidator {

	/** A NullPointerException of a check is skipped, as Xtext does, but logged and recorded ({@link CheckFailures}). */
	@Override
	protected void handleExceptionDuringValidation(Throwable targetException) throws RuntimeException {
		if (targetException instanceof NullPointerException) {
			CheckFailures.failed(targetException);
		}
		super.handleExceptionDuringValidation(targetException);
	}
}

