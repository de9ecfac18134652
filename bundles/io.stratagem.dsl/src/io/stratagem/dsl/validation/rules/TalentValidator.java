/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import io.stratagem.dsl.validation.AbstractRuleValidator;
import io.stratagem.dsl.validation.services.ModelIndex;
import io.stratagem.model.LifecycleStage;
import io.stratagem.model.Skill;
import io.stratagem.model.SkillProficiency;
import io.stratagem.model.StratagemPackage.Literals;
import io.stratagem.model.Team;
import io.stratagem.model.TrainingProgram;
import io.stratagem.model.UseCase;
import io.stratagem.model.time.StrategyDate;

/** Rules of area TALENT: skills that use cases require and gaps of teams. */
public class TalentValidator extends AbstractRuleValidator {

	@Check(CheckType.NORMAL)
	public void requiredSkillsCovered(UseCase useCase) {
		if (useCase.getStage() == LifecycleStage.IDEA || useCase.getStage() == LifecycleStage.RETIRED) {
			return;
		}
		ModelIndex index = index(useCase);
		for (int i = 0; i < useCase.getSkills().size(); i++) {
			Skill skill = useCase.getSkills().get(i);
			if (resolved(skill) && !teamHas(index, skill) && !trainedBy(index, skill, useCase.getDeployment())) {
				report(TALENT_SKILL_NOT_COVERED, useCase, Literals.USE_CASE__SKILLS, i, name(useCase), name(skill),
						useCase.getDeployment() == null ? "its deployment" : useCase.getDeployment().toString());
			}
		}
	}

	private static boolean teamHas(ModelIndex index, Skill skill) {
		return index.derived(SKILLS_OF_TEAMS, TalentValidator::skillsOfTeams).contains(skill);
	}

	private static final String SKILLS_OF_TEAMS = TalentValidator.class.getName() + ".teamSkills";

	/** The skills that some team has at its required level. */
	private static Set<Skill> skillsOfTeams(ModelIndex index) {
		Set<Skill> result = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Team team : index.all(Team.class)) {
			for (SkillProficiency proficiency : team.getProficiencies()) {
				if (proficiency.getSkill() != null && proficiency.getCurrent() >= proficiency.getRequired()) {
					result.add(proficiency.getSkill());
				}
			}
		}
		return result;
	}

	private static boolean trainedBy(ModelIndex index, Skill skill, StrategyDate deployment) {
		for (TrainingProgram training : index.referrers(skill, Literals.TRAINING_PROGRAM__SKILLS, TrainingProgram.class)) {
			if (training.getEnd() != null
					&& (deployment == null || !deployment.endsBefore(training.getEnd()) && !training.getEnd().lastDay().isAfter(deployment.lastDay()))) {
				return true;
			}
		}
		return false;
	}

	@Check(CheckType.NORMAL)
	public void gapHasTraining(SkillProficiency proficiency) {
		if (!(proficiency.eContainer() instanceof Team team) || !resolved(proficiency.getSkill())
				|| proficiency.getCurrent() >= proficiency.getRequired()) {
			return;
		}
		for (TrainingProgram training : index(team).referrers(proficiency.getSkill(), Literals.TRAINING_PROGRAM__SKILLS, TrainingProgram.class)) {
			if (training.getTeams().isEmpty() || training.getTeams().contains(team)) {
				return;
			}
		}
		report(TALENT_GAP_WITHOUT_TRAINING, proficiency, Literals.SKILL_PROFICIENCY__SKILL, name(team), name(proficiency.getSkill()),
				Integer.toString(proficiency.getCurrent()), Integer.toString(proficiency.getRequired()));
	}
}
