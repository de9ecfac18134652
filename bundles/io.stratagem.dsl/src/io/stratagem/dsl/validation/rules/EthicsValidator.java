/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;

import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import io.stratagem.dsl.validation.AbstractRuleValidator;
import io.stratagem.model.ConditionStatus;
import io.stratagem.model.EthicsReview;
import io.stratagem.model.EuAiActTier;
import io.stratagem.model.LifecycleStage;
import io.stratagem.model.ReviewCondition;
import io.stratagem.model.ReviewOutcome;
import io.stratagem.model.Role;
import io.stratagem.model.StratagemPackage.Literals;
import io.stratagem.model.UseCase;

/** Rules of area ETHICS: ethics reviews of high-risk and high-impact use cases. */
public class EthicsValidator extends AbstractRuleValidator {

	@Check(CheckType.NORMAL)
	public void approvedReviewBeforeDeployment(UseCase useCase) {
		boolean sensitive = useCase.getEuAiActTier() == EuAiActTier.HIGH || Boolean.TRUE.equals(useCase.getHighImpact());
		if (!sensitive || !UseCases.inUse(useCase)) {
			return;
		}
		for (EthicsReview review : index(useCase).referrers(useCase, Literals.ETHICS_REVIEW__USE_CASES, EthicsReview.class)) {
			if (approved(review) && independent(review, useCase) && review.getDate() != null
					&& (useCase.getDeployment() == null || !useCase.getDeployment().endsBefore(review.getDate()))) {
				return;
			}
		}
		report(ETHICS_NO_APPROVED_REVIEW, useCase, null, name(useCase), UseCases.stage(useCase));
	}

	/** Neither the approver nor the lead of the board is the use case's owner (an unstated owner or approver is not a conflict). */
	private static boolean independent(EthicsReview review, UseCase useCase) {
		Role owner = useCase.getOwner();
		if (!resolved(owner)) {
			return true;
		}
		boolean boardLedByOwner = resolved(review.getBoard()) && review.getBoard().getLead() == owner;
		return review.getApprover() != owner && !boardLedByOwner;
	}

	private static boolean approved(EthicsReview review) {
		return review.getOutcome() == ReviewOutcome.APPROVED || review.getOutcome() == ReviewOutcome.APPROVED_WITH_CONDITIONS;
	}

	@Check(CheckType.FAST)
	public void conditionsMetAtDeployment(ReviewCondition condition) {
		if (!(condition.eContainer() instanceof EthicsReview review) || condition.getStatus() != ConditionStatus.OPEN) {
			return;
		}
		for (UseCase useCase : review.getUseCases()) {
			if (resolved(useCase) && useCase.getStage() == LifecycleStage.DEPLOYED
					&& (condition.getDue() == null || useCase.getDeployment() == null || !useCase.getDeployment().endsBefore(condition.getDue()))) {
				report(ETHICS_OPEN_CONDITION, condition, Literals.REVIEW_CONDITION__TEXT, name(review), name(useCase), condition.getText());
				return;
			}
		}
	}

	@Check(CheckType.FAST)
	public void rejectedNotInUse(EthicsReview review) {
		if (review.getOutcome() != ReviewOutcome.REJECTED) {
			return;
		}
		for (int i = 0; i < review.getUseCases().size(); i++) {
			UseCase useCase = review.getUseCases().get(i);
			if (resolved(useCase) && UseCases.inUse(useCase)) {
				report(ETHICS_REJECTED_IN_USE, review, Literals.ETHICS_REVIEW__USE_CASES, i, name(useCase), UseCases.stage(useCase), name(review));
			}
		}
	}
}
