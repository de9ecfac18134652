/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import io.stratagem.dsl.validation.AbstractRuleValidator;
import io.stratagem.dsl.validation.services.ModelIndex;
import io.stratagem.model.BusinessUnit;
import io.stratagem.model.LiteracyAudience;
import io.stratagem.model.LiteracyProgram;
import io.stratagem.model.Strategy;
import io.stratagem.model.UseCase;

/** Rules of area LIT: AI literacy (EU AI Act Art. 4). */
public class LiteracyValidator extends AbstractRuleValidator {

	/**
	 * Every AI system in use is reached by a literacy programme for aiOperators: one that names no
	 * units (it reaches the whole organisation), a system with no unit, or the system's unit or a
	 * unit it is part of. Lists the systems no such programme reaches.
	 */
	@Check(CheckType.NORMAL)
	public void operatorsLiteracy(Strategy strategy) {
		ModelIndex index = index(strategy);
		List<LiteracyProgram> programmes = index.all(LiteracyProgram.class).stream()
				.filter(program -> program.getAudiences().contains(LiteracyAudience.AI_OPERATORS)).toList();
		List<UseCase> unreached = index.all(UseCase.class).stream().filter(UseCases::inUse).filter(useCase -> !reached(useCase, programmes)).toList();
		if (unreached.isEmpty()) {
			return;
		}
		report(LIT_NO_OPERATOR_LITERACY, strategy, null, name(strategy),
				unreached.stream().map(AbstractRuleValidator::name).limit(5).collect(Collectors.joining(", ")) + (unreached.size() > 5 ? ", ..." : ""));
	}

	private static boolean reached(UseCase useCase, List<LiteracyProgram> programmes) {
		for (LiteracyProgram program : programmes) {
			if (program.getUnits().isEmpty() || !resolved(useCase.getUnit())) {
				return true;
			}
			Set<BusinessUnit> seen = new HashSet<>(); // a cycle of `part of` is STRAT-STRUCT-011's finding
			for (BusinessUnit unit = useCase.getUnit(); resolved(unit) && seen.add(unit); unit = unit.getParent()) {
				if (program.getUnits().contains(unit)) {
					return true;
				}
			}
		}
		return false;
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
