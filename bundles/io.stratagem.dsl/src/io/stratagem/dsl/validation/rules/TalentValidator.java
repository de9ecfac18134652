/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import io.stratagem.dsl.validation.AbstractRuleValidator;
import io.stratagem.dsl.validation.services.ModelIndex;
import io.stratagem.dsl.validation.services.RoadmapSchedules;
import io.stratagem.model.Deliverable;
import io.stratagem.model.Initiative;
import io.stratagem.model.InitiativeStatus;
import io.stratagem.model.Roadmap;
import io.stratagem.model.LifecycleStage;
import io.stratagem.model.Skill;
import io.stratagem.model.SkillProficiency;
import io.stratagem.model.StratagemPackage.Literals;
import io.stratagem.model.Team;
import io.stratagem.model.TrainingProgram;
import io.stratagem.model.UseCase;
import io.stratagem.model.time.StrategyDate;
import io.stratagem.roadmap.schedule.ScheduledInitiative;

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

	/**
	 * Staffing against time: an initiative that delivers a use case is staffed by a team whose
	 * proficiency in a skill the use case requires is below the team's required level at the
	 * initiative's scheduled start, and every training that teaches the skill to the team ends after
	 * that start. (A gap with no training at all is {@link #gapHasTraining}'s finding.) Initiatives
	 * done or cancelled are history and not judged.
	 */
	@Check(CheckType.NORMAL)
	public void staffedOnlyOnceTrained(Roadmap roadmap) {
		ModelIndex index = index(roadmap);
		for (ScheduledInitiative scheduled : RoadmapSchedules.of(roadmap, index).initiatives()) {
			Initiative initiative = scheduled.initiative();
			Team team = initiative.getTeam();
			if (!resolved(team) || initiative.getStatus() == InitiativeStatus.DONE || initiative.getStatus() == InitiativeStatus.CANCELLED) {
				continue;
			}
			for (Deliverable deliverable : initiative.getDeliverables()) {
				if (deliverable instanceof UseCase useCase && resolved(useCase)) {
					checkStaffing(index, initiative, scheduled.earlyStart(), team, useCase);
				}
			}
		}
	}

	private void checkStaffing(ModelIndex index, Initiative initiative, LocalDate start, Team team, UseCase useCase) {
		for (SkillProficiency proficiency : team.getProficiencies()) {
			Skill skill = proficiency.getSkill();
			if (!resolved(skill) || proficiency.getCurrent() >= proficiency.getRequired() || !useCase.getSkills().contains(skill)) {
				continue;
			}
			TrainingProgram earliest = null;
			for (TrainingProgram training : index.referrers(skill, Literals.TRAINING_PROGRAM__SKILLS, TrainingProgram.class)) {
				boolean forTeam = training.getTeams().isEmpty() || training.getTeams().contains(team);
				if (forTeam && training.getEnd() != null && (earliest == null || training.getEnd().lastDay().isBefore(earliest.getEnd().lastDay()))) {
					earliest = training;
				}
			}
			if (earliest != null && earliest.getEnd().lastDay().isAfter(start)) {
				report(TALENT_STAFFED_BEFORE_TRAINED, initiative, Literals.INITIATIVE__TEAM, name(initiative), start.toString(), name(team),
						Integer.toString(proficiency.getCurrent()), Integer.toString(proficiency.getRequired()), name(skill), name(useCase), name(earliest),
						earliest.getEnd().toString());
			}
		}
	}

	/** Person-months one person gives in a quarter. */
	private static final BigDecimal PERSON_MONTHS_A_QUARTER = BigDecimal.valueOf(3);

	/** A team's capacity a quarter is at most what its members can give: three person-months each. */
	@Check(CheckType.FAST)
	public void capacityWithinSize(Team team) {
		if (team.getCapacity() == null || team.getSize() == null) {
			return;
		}
		BigDecimal most = PERSON_MONTHS_A_QUARTER.multiply(BigDecimal.valueOf(team.getSize()));
		if (team.getCapacity().compareTo(most) > 0) {
			report(TALENT_CAPACITY_ABOVE_SIZE, team, Literals.TEAM__CAPACITY, name(team), team.getCapacity().toPlainString(), team.getSize().toString(),
					most.toPlainString());
		}
	}
}
