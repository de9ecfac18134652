/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import io.stratagem.dsl.validation.AbstractRuleValidator;
import io.stratagem.dsl.validation.services.ModelIndex;
import io.stratagem.model.LiteracyAudience;
import io.stratagem.model.LiteracyProgram;
import io.stratagem.model.Strategy;
import io.stratagem.model.UseCase;

/** Rules of area LIT: AI literacy (EU AI Act Art. 4). */
public class LiteracyValidator extends AbstractRuleValidator {

	@Check(CheckType.NORMAL)
	public void operatorsLiteracy(Strategy strategy) {
		ModelIndex index = index(strategy);
		List<UseCase> inUse = index.all(UseCase.class).stream().filter(UseCases::inUse).toList();
		if (inUse.isEmpty()) {
			return;
		}
		for (LiteracyProgram program : index.all(LiteracyProgram.class)) {
			if (program.getAudiences().contains(LiteracyAudience.AI_OPERATORS)) {
				return;
			}
		}
		report(LIT_NO_OPERATOR_LITERACY, strategy, null, name(strategy),
				inUse.stream().map(AbstractRuleValidator::name).limit(5).collect(Collectors.joining(", ")) + (inUse.size() > 5 ? ", ..." : ""));
	}

	@Check(CheckType.FAST)
	public void audience(LiteracyProgram program) {
		if (program.getAudiences().isEmpty()) {
			report(LIT_WITHOUT_AUDIENCE, program, null, name(program));
		}
	}

	@Check(CheckType.FAST)
	public void reach(LiteracyProgram program) {
		if (program.getReachTarget() == null) {
			report(LIT_WITHOUT_REACH, program, null, name(program));
		}
	}
}
