/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;

import java.math.BigDecimal;

import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;

import io.stratagem.dsl.validation.AbstractRuleValidator;
import io.stratagem.dsl.validation.services.RiskScores;
import io.stratagem.model.Control;
import io.stratagem.model.ControlStatus;
import io.stratagem.model.Risk;
import io.stratagem.model.RiskRating;
import io.stratagem.model.RiskStatus;
import io.stratagem.model.StratagemPackage.Literals;

/** Rules of area RISK: scores, treatment and ownership of risks. */
public class RiskValidator extends AbstractRuleValidator {

	@Inject
	private RiskScores scores;

	@Check(CheckType.FAST)
	public void highRiskControlled(Risk risk) {
		Integer score = scores.score(risk.getInherent());
		BigDecimal threshold = profile(risk).threshold(RISK_HIGH_WITHOUT_CONTROL);
		if (score == null || threshold == null || risk.getStatus() == RiskStatus.CLOSED || treated(risk)) {
			return;
		}
		if (BigDecimal.valueOf(score).compareTo(threshold) >= 0) {
			report(RISK_HIGH_WITHOUT_CONTROL, risk, Literals.RISK__INHERENT, name(risk), score.toString(), threshold.toPlainString());
		}
	}

	/**
	 * Whether a control that is not retired controls the risk: a retired control treats nothing. An
	 * unresolved control counts, so that a mistyped name gives its link error only.
	 */
	private static boolean treated(Risk risk) {
		for (Control control : risk.getControls()) {
			if (!resolved(control) || control.getStatus() != ControlStatus.RETIRED) {
				return true;
			}
		}
		return false;
	}

	/** A residual rating below the inherent one claims the effect of a control the risk must have. */
	@Check(CheckType.FAST)
	public void residualReducedByControl(Risk risk) {
		Integer inherent = scores.score(risk.getInherent());
		Integer residual = scores.score(risk.getResidual());
		if (inherent != null && residual != null && residual < inherent && !treated(risk)) {
			report(RISK_RESIDUAL_WITHOUT_CONTROL, risk, Literals.RISK__RESIDUAL, name(risk), residual.toString(), inherent.toString());
		}
	}

	@Check(CheckType.FAST)
	public void residualNotAboveInherent(Risk risk) {
		Integer inherent = scores.score(risk.getInherent());
		Integer residual = scores.score(risk.getResidual());
		if (inherent != null && residual != null && residual > inherent) {
			report(RISK_RESIDUAL_ABOVE_INHERENT, risk, Literals.RISK__RESIDUAL, name(risk), residual.toString(), inherent.toString());
		}
	}

	@Check(CheckType.FAST)
	public void owner(Risk risk) {
		if (risk.getOwner() == null) {
			report(RISK_WITHOUT_OWNER, risk, null, name(risk));
		}
	}

	@Check(CheckType.FAST)
	public void ratingOnScale(RiskRating rating) {
		if (!(rating.eContainer() instanceof Risk risk)) {
			return;
		}
		String which = rating.eContainingFeature() == Literals.RISK__RESIDUAL ? "residual" : "inherent";
		if (!scores.onScale(rating.getLikelihood())) {
			report(RISK_RATING_OUT_OF_SCALE, rating, Literals.RISK_RATING__LIKELIHOOD, name(risk), which, "likelihood " + rating.getLikelihood());
		} else if (!scores.onScale(rating.getImpact())) {
			report(RISK_RATING_OUT_OF_SCALE, rating, Literals.RISK_RATING__IMPACT, name(risk), which, "impact " + rating.getImpact());
		}
	}

	@Check(CheckType.FAST)
	public void rated(Risk risk) {
		if (risk.getInherent() == null) {
			report(RISK_WITHOUT_RATING, risk, null, name(risk));
		}
	}
}
