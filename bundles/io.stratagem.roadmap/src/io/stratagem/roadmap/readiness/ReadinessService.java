package io.stratagem.roadmap.readiness;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import io.stratagem.roadmap.ModelElements;
import io.stratagem.model.Capability;
import io.stratagem.model.ConditionStatus;
import io.stratagem.model.Control;
import io.stratagem.model.ControlStatus;
import io.stratagem.model.DataAsset;
import io.stratagem.model.DueDiligence;
import io.stratagem.model.EthicsReview;
import io.stratagem.model.EuAiActTier;
import io.stratagem.model.Framework;
import io.stratagem.model.Initiative;
import io.stratagem.model.InitiativeStatus;
import io.stratagem.model.LegalBasis;
import io.stratagem.model.LifecycleStage;
import io.stratagem.model.Partner;
import io.stratagem.model.ReviewCondition;
import io.stratagem.model.Risk;
import io.stratagem.model.RiskStatus;
import io.stratagem.model.Roadmap;
import io.stratagem.model.Skill;
import io.stratagem.model.SkillProficiency;
import io.stratagem.model.Team;
import io.stratagem.model.TrainingProgram;
import io.stratagem.model.UseCase;
import io.stratagem.roadmap.schedule.Schedule;
import io.stratagem.roadmap.schedule.ScheduleService;
import io.stratagem.roadmap.schedule.ScheduledInitiative;

/**
 * Judges, per use case, whether its data, skills, capabilities, vendors, ethics review and
 * controls are ready, as a reviewer would: what stops the use case (blocked) apart from what is
 * still to be done but planned in time (on track) and what is neither (at risk). Every gap names
 * the elements concerned and the action that closes it. A dimension takes its worst gap, the use
 * case its worst dimension.
 *
 * <p>The gate is the use case's go-live: the last day of its deployment date. A use case is
 * <i>live</i> when its stage is deployed: its gate has passed, so what should be in place by
 * go-live and is not blocks it. A pilot is in use, in a limited setting, until its go-live: what it
 * uses must exist (a control for each risk, a lawful basis for personal data), while what is due at
 * go-live may still be planned. Something is planned in time when an initiative of the roadmap that
 * is neither cancelled nor on hold delivers it (lists it among its deliverables) and its scheduled
 * finish is on or before the gate; without a deployment date, any such initiative is in time. Once a
 * use case is live its gate has passed: what binds it and is not in place blocks it, and for the rest
 * a plan under way (an initiative neither cancelled nor on hold, a dated training) is on track.
 *
 * <ul>
 * <li><b>Data</b>: no data asset listed is at risk. Per asset: personal data with no legal basis,
 * or with no privacy assessment, blocks a use case in use and is at risk before; no owner, no
 * quality score, or quality below {@value #QUALITY_THRESHOLD}% is at risk, except that poor or
 * unmeasured quality is on track when an initiative delivers the asset in time.</li>
 * <li><b>Skills</b>: the teams are those of the initiatives that deliver the use case. No skills or
 * no delivering team is at risk. Per skill: the delivering team closest to its required level
 * counts; below that level is on track before go-live when a training programme for the skill and
 * team ends by the gate, and at risk otherwise (on track for a live use case with dated training). When no
 * delivering team has the skill, another team that has it supports: at the required level it is on
 * track (its support is to be agreed), below it is judged by its training likewise; no team in the
 * model with the skill blocks a use case in use and is at risk before.</li>
 * <li><b>Capabilities</b>: none listed is at risk. Per capability: available only until before the
 * gate, or delivered only by cancelled initiatives, blocks; no availability date is at risk;
 * available from after the gate blocks a live use case and is at risk before; delivered by an
 * unfinished initiative is on track when it finishes in time, at risk otherwise.</li>
 * <li><b>Vendors</b>: none is ready. Per partner: a contract that ends before the gate blocks; due
 * diligence not started blocks a live use case and is at risk before; in progress is at risk for a
 * live use case and on track before; a critical partner without an exit plan is at risk.</li>
 * <li><b>Ethics review</b>: the latest review of the use case counts; one is required for a
 * high-risk, unacceptable or high-impact use case. Rejected blocks. No review where one is required,
 * or a pending one, blocks a live use case, is at risk for a pilot and, before, is on track when
 * the pending review is dated by the gate and at risk otherwise. An open condition due after the
 * gate is on track; one due by the gate (or undated) is at risk for a live use case and on track
 * before.</li>
 * <li><b>Controls</b>: over the risks of the use case (its own list and risks that name it) that are
 * neither accepted nor closed, a control applies when it names the use case or names none and is
 * not retired. No risk at all is at risk. A risk with no applicable control blocks a use case in
 * use and is at risk before. An applicable control not yet operating blocks a live use case when it
 * meets a requirement of a {@link #BINDING} framework (it is mandatory); otherwise (a voluntary
 * standard's control, such as an ISO/IEC 42001 audit) it is on track when an initiative delivers it
 * in time and at risk when none does.</li>
 * </ul>
 */
public class ReadinessService {

	/** Data quality, in percent, below which data is at risk. */
	public static final int QUALITY_THRESHOLD = 80;

	/**
	 * The frameworks that bind (law and mandatory policy), as opposed to voluntary standards: a
	 * control that meets one of their requirements is mandatory.
	 */
	public static final Set<Framework> BINDING = Set.of(Framework.EU_AI_ACT, Framework.OMB_M2521);

	private final ScheduleService schedules = new ScheduleService();

	/** The readiness of every use case under the roots, in model order. */
	public List<UseCaseReadiness> assess(Iterable<? extends EObject> roots) {
		return assess(ModelElements.of(roots));
	}

	/** The readiness of every use case of the model, in model order. */
	public List<UseCaseReadiness> assess(ModelElements elements) {
		List<UseCase> useCases = elements.all(UseCase.class);
		List<Initiative> initiatives = elements.all(Initiative.class);
		List<Team> teams = elements.all(Team.class);
		List<TrainingProgram> trainings = elements.all(TrainingProgram.class);
		// who names a use case, indexed once: asking every initiative, review and risk per use case is quadratic
		Map<UseCase, List<Initiative>> delivering = byUseCase(initiatives, Initiative::getDeliverables);
		Map<UseCase, List<EthicsReview>> reviewing = byUseCase(elements.all(EthicsReview.class), EthicsReview::getUseCases);
		Map<UseCase, List<Risk>> affecting = byUseCase(elements.all(Risk.class), Risk::getUseCases);
		Plans plans = new Plans(initiatives, elements.all(Roadmap.class), schedules);
		List<UseCaseReadiness> result = new ArrayList<>();
		for (UseCase useCase : useCases) {
			Gate gate = new Gate(useCase);
			result.add(new UseCaseReadiness(useCase,
					List.of(data(gate, plans), skills(gate, delivering.getOrDefault(useCase, List.of()), teams, trainings), capabilities(gate, plans),
							vendors(gate), review(gate, reviewing.getOrDefault(useCase, List.of())),
							controls(gate, affecting.getOrDefault(useCase, List.of()), plans))));
		}
		return result;
	}

	/** The elements that name each use case in a reference, in model order, each once per use case. */
	private static <T> Map<UseCase, List<T>> byUseCase(List<T> elements, Function<T, List<? extends EObject>> reference) {
		Map<UseCase, List<T>> result = new IdentityHashMap<>();
		for (T element : elements) {
			for (EObject named : new LinkedHashSet<>(reference.apply(element))) {
				if (named instanceof UseCase useCase) {
					result.computeIfAbsent(useCase, u -> new ArrayList<>()).add(element);
				}
			}
		}
		return result;
	}

	private static DimensionReadiness data(Gate gate, Plans plans) {
		UseCase useCase = gate.useCase;
		Findings findings = new Findings(Dimension.DATA);
		if (useCase.getDataAssets().isEmpty()) {
			findings.atRisk("uses no data asset, so its data cannot be checked", "List the data assets " + useCase.getName() + " uses");
		}
		for (DataAsset asset : useCase.getDataAssets()) {
			boolean personal = Boolean.TRUE.equals(asset.getPersonalData());
			if (personal && asset.getLegalBasis() == LegalBasis.NONE) {
				findings.add(gate.inUse() ? Readiness.BLOCKED : Readiness.AT_RISK,
						asset.getName() + " holds personal data with no legal basis" + gate.whileInUse(), "Record the legal basis for the personal data in " + asset.getName());
			}
			if (personal && asset.getPrivacyAssessment() == null) {
				findings.add(gate.inUse() ? Readiness.BLOCKED : Readiness.AT_RISK,
						asset.getName() + " holds personal data with no privacy assessment" + gate.whileInUse(), "Complete the privacy assessment of " + asset.getName());
			}
			if (asset.getOwner() == null) {
				findings.atRisk(asset.getName() + " has no owner", "Name an owner for " + asset.getName());
			}
			BigDecimal quality = asset.getQuality();
			String fix = quality == null ? "Measure the quality of " + asset.getName()
					: "Raise the quality of " + asset.getName() + " to " + QUALITY_THRESHOLD + "% or more";
			String gap = quality == null ? asset.getName() + " has no measured quality"
					: quality.compareTo(BigDecimal.valueOf(QUALITY_THRESHOLD)) < 0
							? asset.getName() + " has a quality of " + quality.toPlainString() + "%, below " + QUALITY_THRESHOLD + "%"
							: null;
			if (gap != null) {
				Plan plan = plans.of(asset, gate);
				if (gate.closedBy(plan)) {
					findings.onTrack(gap + "; " + plan.describe(gate), fix + " through " + gate.deadline(plan));
				} else {
					findings.atRisk(gap, fix);
				}
			}
		}
		return findings.result("every data asset (" + useCase.getDataAssets().size() + ") is owned, lawful and of quality " + QUALITY_THRESHOLD + "% or more");
	}

	private static DimensionReadiness skills(Gate gate, List<Initiative> delivering, List<Team> allTeams, List<TrainingProgram> trainings) {
		UseCase useCase = gate.useCase;
		Findings findings = new Findings(Dimension.SKILLS);
		Set<Team> teams = new LinkedHashSet<>();
		for (Initiative initiative : delivering) {
			if (initiative.getTeam() != null) {
				teams.add(initiative.getTeam());
			}
		}
		if (useCase.getSkills().isEmpty()) {
			findings.atRisk("lists no required skills", "List the skills " + useCase.getName() + " requires");
		} else if (teams.isEmpty()) {
			findings.atRisk("no initiative with a team delivers it, so no team's skills can be checked",
					"Name the team of an initiative that delivers " + useCase.getName());
		}
		if (!teams.isEmpty()) {
			for (Skill skill : useCase.getSkills()) {
				SkillProficiency best = closest(teams, skill);
				if (best != null && best.getCurrent() > 0) {
					if (best.getCurrent() < best.getRequired()) {
						gap(findings, gate, skill, (Team) best.eContainer(), best, trainings, "");
					}
					continue;
				}
				SkillProficiency elsewhere = closest(allTeams, skill);
				if (elsewhere == null || elsewhere.getCurrent() == 0) {
					findings.add(gate.inUse() ? Readiness.BLOCKED : Readiness.AT_RISK, "no team has " + skill.getName() + gate.whileInUse(),
							"Hire or train for " + skill.getName() + " in team " + names(teams));
				} else {
					Team other = (Team) elsewhere.eContainer();
					String reason = "no delivering team has " + skill.getName() + "; team " + other.getName() + " has it";
					if (elsewhere.getCurrent() >= elsewhere.getRequired()) {
						findings.onTrack(reason + " at " + elsewhere.getCurrent() + " of a required " + elsewhere.getRequired(),
								"Agree support in " + skill.getName() + " from team " + other.getName());
					} else {
						// the supporting team is judged as a delivering team would be: by its training
						gap(findings, gate, skill, other, elsewhere, trainings, reason + ", but ");
					}
				}
			}
		}
		return findings.result("every required skill (" + useCase.getSkills().size() + ") is at the required level in " + names(teams));
	}

	/** A team below the required level: on track before go-live when its training ends by then. */
	private static void gap(Findings findings, Gate gate, Skill skill, Team team, SkillProficiency level, List<TrainingProgram> trainings, String prefix) {
		String reason = prefix + skill.getName() + " is at " + level.getCurrent() + " of a required " + level.getRequired() + " in team " + team.getName();
		TrainingProgram training = training(skill, team, trainings);
		if (training == null) {
			findings.atRisk(reason + "; no training programme", "Plan training in " + skill.getName() + " for team " + team.getName() + " before " + gate.label());
			return;
		}
		if (training.getEnd() == null) {
			findings.atRisk(reason + "; training " + training.getName() + " has no end date",
					"Set an end date for training " + training.getName() + " before " + gate.label());
			return;
		}
		boolean late = gate.day() != null && training.getEnd().lastDay().isAfter(gate.day());
		String withTraining = reason + "; training " + training.getName() + " ends " + training.getEnd() + (late ? ", after deployment" : "");
		if (gate.live()) {
			// go-live has passed: a dated training under way is what can be asked
			findings.onTrack(withTraining, "Complete training " + training.getName() + " for team " + team.getName());
		} else if (late) {
			findings.atRisk(withTraining, "Bring training " + training.getName() + " forward to end by " + gate.label() + ", or find " + skill.getName() + " elsewhere");
		} else {
			findings.onTrack(withTraining, "Complete training " + training.getName() + " for team " + team.getName() + " by " + gate.label());
		}
	}

	/** The proficiency in the skill, among the teams, that is closest to (or furthest above) its required level. */
	private static SkillProficiency closest(Iterable<Team> teams, Skill skill) {
		SkillProficiency best = null;
		for (Team team : teams) {
			for (SkillProficiency p : team.getProficiencies()) {
				if (p.getSkill() == skill && (best == null || p.getCurrent() - p.getRequired() > best.getCurrent() - best.getRequired())) {
					best = p;
				}
			}
		}
		return best;
	}

	/**
	 * The training programme that closes a gap: programmes naming the team come before those open to
	 * every team, then the earliest end wins.
	 */
	private static TrainingProgram training(Skill skill, Team team, List<TrainingProgram> trainings) {
		TrainingProgram chosen = null;
		for (TrainingProgram training : trainings) {
			if (training.getSkills().contains(skill) && (training.getTeams().isEmpty() || training.getTeams().contains(team))
					&& (chosen == null || preferred(training, chosen, team))) {
				chosen = training;
			}
		}
		return chosen;
	}

	private static boolean preferred(TrainingProgram candidate, TrainingProgram chosen, Team team) {
		boolean candidateNamesTeam = candidate.getTeams().contains(team);
		if (candidateNamesTeam != chosen.getTeams().contains(team)) {
			return candidateNamesTeam;
		}
		if (candidate.getEnd() == null || chosen.getEnd() == null) {
			return chosen.getEnd() == null && candidate.getEnd() != null;
		}
		return candidate.getEnd().lastDay().isBefore(chosen.getEnd().lastDay());
	}

	private static DimensionReadiness capabilities(Gate gate, Plans plans) {
		UseCase useCase = gate.useCase;
		Findings findings = new Findings(Dimension.CAPABILITIES);
		LocalDate deployment = gate.day();
		if (useCase.getCapabilities().isEmpty()) {
			findings.atRisk("lists no required capabilities", "List the capabilities " + useCase.getName() + " requires");
		}
		for (Capability capability : useCase.getCapabilities()) {
			String name = capability.getName();
			if (deployment != null && capability.getAvailableUntil() != null && capability.getAvailableUntil().lastDay().isBefore(deployment)) {
				findings.blocked(name + " is available only until " + capability.getAvailableUntil() + ", before deployment",
						"Extend " + name + " beyond " + gate.label() + " or replace it");
			}
			Plan plan = plans.of(capability, gate);
			if (plan != null && plan.cancelled()) {
				findings.blocked(name + " is not delivered: " + plan.describe(gate), "Plan the delivery of " + name + " again, by " + gate.label());
				continue;
			}
			if (capability.getAvailableFrom() == null) {
				findings.atRisk(name + " has no availability date", "Set the date from which " + name + " is available");
			} else if (deployment != null && capability.getAvailableFrom().firstDay().isAfter(deployment)) {
				findings.add(gate.live() ? Readiness.BLOCKED : Readiness.AT_RISK,
						name + " is available from " + capability.getAvailableFrom() + ", after deployment " + useCase.getDeployment(),
						"Make " + name + " available by " + gate.label());
			} else if (plan != null && !plan.done()) {
				if (gate.closedBy(plan)) {
					findings.onTrack(name + " is still to be delivered; " + plan.describe(gate), "Deliver " + name + " through " + gate.deadline(plan));
				} else {
					findings.atRisk(name + " is still to be delivered; " + plan.describe(gate), "Deliver " + name + " through " + gate.deadline(plan));
				}
			}
		}
		return findings.result("every required capability (" + useCase.getCapabilities().size() + ") is available by deployment");
	}

	private static DimensionReadiness vendors(Gate gate) {
		UseCase useCase = gate.useCase;
		Findings findings = new Findings(Dimension.VENDORS);
		LocalDate deployment = gate.day();
		for (Partner partner : useCase.getPartners()) {
			String name = partner.getName();
			if (partner.getDueDiligence() == DueDiligence.NOT_STARTED) {
				findings.add(gate.live() ? Readiness.BLOCKED : Readiness.AT_RISK, "due diligence on " + name + " has not started",
						"Complete due diligence on " + name + (gate.live() ? "" : " by " + gate.label()));
			} else if (partner.getDueDiligence() == DueDiligence.IN_PROGRESS) {
				findings.add(gate.live() ? Readiness.AT_RISK : Readiness.ON_TRACK, "due diligence on " + name + " is in progress",
						"Complete due diligence on " + name + (gate.live() ? "" : " by " + gate.label()));
			}
			if (deployment != null && partner.getContractEnd() != null && partner.getContractEnd().lastDay().isBefore(deployment)) {
				findings.blocked("the contract with " + name + " ends " + partner.getContractEnd() + ", before deployment",
						"Extend the contract with " + name + " beyond " + gate.label());
			}
			if (partner.isCritical() && (partner.getExitPlan() == null || partner.getExitPlan().isBlank())) {
				findings.atRisk(name + " is critical and has no exit plan", "Write an exit plan for " + name);
			}
		}
		return findings.result(useCase.getPartners().isEmpty() ? "depends on no vendor"
				: "every vendor (" + useCase.getPartners().size() + ") has completed due diligence and a contract covering deployment");
	}

	private static DimensionReadiness review(Gate gate, List<EthicsReview> reviews) {
		UseCase useCase = gate.useCase;
		Findings findings = new Findings(Dimension.ETHICS_REVIEW);
		EthicsReview latest = null;
		for (EthicsReview review : reviews) {
			if (latest == null || latest.getDate() == null || review.getDate() != null && review.getDate().compareTo(latest.getDate()) >= 0) {
				latest = review;
			}
		}
		boolean required = useCase.getEuAiActTier() == EuAiActTier.HIGH || useCase.getEuAiActTier() == EuAiActTier.UNACCEPTABLE
				|| Boolean.TRUE.equals(useCase.getHighImpact());
		if (latest == null) {
			if (required) {
				findings.add(gate.live() ? Readiness.BLOCKED : Readiness.AT_RISK,
						"has no ethics review although it is high-risk or high-impact" + gate.whileInUse(),
						"Have " + useCase.getName() + " reviewed and approved by an ethics board" + (gate.live() ? "" : " before " + gate.label()));
			}
			return findings.result("no ethics review required");
		}
		String name = latest.getName();
		switch (latest.getOutcome()) {
		case REJECTED:
			findings.blocked(name + " rejected it", "Address the reasons of " + name + " and have " + useCase.getName() + " reviewed again");
			break;
		case PENDING:
			boolean dated = latest.getDate() != null && (gate.day() == null || !latest.getDate().firstDay().isAfter(gate.day()));
			String reason = name + " has no outcome yet" + (latest.getDate() == null ? "" : " (dated " + latest.getDate() + ")") + gate.whileInUse();
			String action = "Obtain the outcome of " + name + (gate.live() ? "" : " before " + gate.label());
			findings.add(gate.live() ? Readiness.BLOCKED : gate.inUse() || !dated ? Readiness.AT_RISK : Readiness.ON_TRACK, reason, action);
			break;
		default:
			for (ReviewCondition condition : latest.getConditions()) {
				if (condition.getStatus() != ConditionStatus.OPEN) {
					continue;
				}
				boolean afterGate = condition.getDue() != null && gate.day() != null && condition.getDue().firstDay().isAfter(gate.day());
				String text = name + " condition \"" + condition.getText() + "\" is open" + (condition.getDue() == null ? "" : ", due " + condition.getDue());
				String meet = "Meet the condition of " + name + ": " + condition.getText();
				findings.add(gate.live() && !afterGate ? Readiness.AT_RISK : Readiness.ON_TRACK, text, meet);
			}
		}
		LocalDate deployment = gate.day();
		if (latest.getOutcome() != io.stratagem.model.ReviewOutcome.REJECTED && deployment != null && latest.getDate() != null
				&& latest.getDate().firstDay().isAfter(deployment)) {
			findings.atRisk(name + " is dated " + latest.getDate() + ", after deployment " + useCase.getDeployment(),
					"Hold " + name + " before " + gate.label());
		}
		return findings.result("approved by " + name);
	}

	private static DimensionReadiness controls(Gate gate, List<Risk> affectingRisks, Plans plans) {
		UseCase useCase = gate.useCase;
		Findings findings = new Findings(Dimension.CONTROLS);
		Set<Risk> risks = new LinkedHashSet<>(useCase.getRisks());
		risks.addAll(affectingRisks);
		if (risks.isEmpty()) {
			findings.atRisk("has no recorded risks, so no controls can be checked", "Record the risks of " + useCase.getName());
		}
		int operating = 0;
		int treated = 0;
		for (Risk risk : risks) {
			if (risk.getStatus() == RiskStatus.ACCEPTED || risk.getStatus() == RiskStatus.CLOSED) {
				continue; // a reviewer does not ask for controls on an accepted or closed risk
			}
			treated++;
			List<Control> applicable = risk.getControls().stream()
					.filter(c -> c.getStatus() != ControlStatus.RETIRED && (c.getUseCases().isEmpty() || c.getUseCases().contains(useCase))).toList();
			if (applicable.isEmpty()) {
				findings.add(gate.inUse() ? Readiness.BLOCKED : Readiness.AT_RISK, risk.getName() + " has no control that applies" + gate.whileInUse(),
						"Add a control for " + risk.getName() + (gate.inUse() ? "" : " by " + gate.label()));
			}
			for (Control control : applicable) {
				if (control.getStatus() == ControlStatus.OPERATING) {
					operating++;
					continue;
				}
				String reason = control.getName() + " (for " + risk.getName() + ") is " + control.getStatus().getLiteral();
				Plan plan = plans.of(control, gate);
				if (gate.live() && control.getRequirements().stream().anyMatch(r -> BINDING.contains(r.getFramework()))) {
					findings.blocked(reason + ", a mandatory control, and the use case is deployed", "Put " + control.getName() + " into operation");
				} else if (plan == null) {
					findings.atRisk(reason + "; no initiative delivers it", "Plan an initiative that delivers " + control.getName() + " by " + gate.label());
				} else if (gate.closedBy(plan)) {
					findings.onTrack(reason + "; " + plan.describe(gate), "Deliver " + control.getName() + " through " + gate.deadline(plan));
				} else {
					findings.atRisk(reason + "; " + plan.describe(gate), "Deliver " + control.getName() + " by " + gate.label() + " (" + plan.initiativeName()
							+ (plan.cancelled() ? " is cancelled)" : plan.onHold() ? " is on hold)" : " finishes later)"));
				}
			}
		}
		return findings.result(risks.isEmpty() || treated > 0 ? "every open risk (" + treated + ") is treated by operating controls (" + operating + ")"
				: "every risk (" + risks.size() + ") is accepted or closed");
	}

	private static String names(Set<Team> teams) {
		return String.join(", ", teams.stream().map(Team::getName).toList());
	}

	/** Where a use case stands against its go-live. */
	private static final class Gate {

		final UseCase useCase;

		Gate(UseCase useCase) {
			this.useCase = useCase;
		}

		/** Deployed: go-live has passed. */
		boolean live() {
			return useCase.getStage() == LifecycleStage.DEPLOYED;
		}

		/** Piloted or deployed: the AI system is used. */
		boolean inUse() {
			return useCase.getStage() == LifecycleStage.PILOT || live();
		}

		/** The last day of the deployment date, null without one. */
		LocalDate day() {
			return useCase.getDeployment() == null ? null : useCase.getDeployment().lastDay();
		}

		/** "deployment 2027-09" or "deployment" when undated. */
		String label() {
			return useCase.getDeployment() == null ? "deployment" : "deployment " + useCase.getDeployment();
		}

		/**
		 * Whether a plan closes a gap in time: before go-live, an initiative that finishes by the gate;
		 * once live, the gate has passed, so one under way (neither cancelled nor on hold).
		 */
		boolean closedBy(Plan plan) {
			return plan != null && (live() ? !plan.cancelled() && !plan.onHold() : plan.inTime());
		}

		/** "ModelPortability by deployment 2028-01", or once live "ModelPortability by 2028-06-30", its finish. */
		String deadline(Plan plan) {
			if (!live()) {
				return plan.initiativeName() + " by " + label();
			}
			return plan.initiativeName() + (plan.finish() == null ? "" : " by " + plan.finish());
		}

		/** Why an unmet obligation blocks now: the use case is in use. */
		String whileInUse() {
			return inUse() ? " while it is " + (live() ? "deployed" : "piloted") : "";
		}
	}

	/** The initiative that delivers an element, as scheduled, against a use case's go-live. */
	private record Plan(Initiative initiative, LocalDate finish, boolean inTime) {

		String initiativeName() {
			return initiative.getName();
		}

		boolean done() {
			return initiative.getStatus() == InitiativeStatus.DONE;
		}

		boolean cancelled() {
			return initiative.getStatus() == InitiativeStatus.CANCELLED;
		}

		boolean onHold() {
			return initiative.getStatus() == InitiativeStatus.ON_HOLD;
		}

		String describe(Gate gate) {
			if (cancelled()) {
				return "initiative " + initiative.getName() + ", which delivers it, is cancelled";
			}
			if (onHold()) {
				return "initiative " + initiative.getName() + ", which delivers it, is on hold";
			}
			if (finish == null) {
				return "initiative " + initiative.getName() + " delivers it, on no scheduled date";
			}
			String by = "initiative " + initiative.getName() + " delivers it by " + finish;
			return gate.day() == null ? by : by + (inTime ? ", before " : ", after ") + gate.label();
		}
	}

	/** Which initiatives deliver what, and when they finish, scheduled once per roadmap. */
	private static final class Plans {

		private final Map<EObject, List<Initiative>> deliverers = new IdentityHashMap<>();
		private final Map<Initiative, LocalDate> finish = new IdentityHashMap<>();

		Plans(List<Initiative> initiatives, List<Roadmap> roadmaps, ScheduleService schedules) {
			for (Initiative initiative : initiatives) {
				for (EObject deliverable : new LinkedHashSet<>(initiative.getDeliverables())) {
					deliverers.computeIfAbsent(deliverable, d -> new ArrayList<>()).add(initiative);
				}
			}
			if (deliverers.isEmpty()) {
				return; // nothing is delivered: no schedule needed
			}
			for (Roadmap roadmap : roadmaps) {
				Schedule schedule = schedules.schedule(roadmap);
				for (ScheduledInitiative s : schedule.initiatives()) {
					finish.put(s.initiative(), s.earlyFinish());
				}
			}
		}

		/**
		 * The best plan for the element: an initiative in time first, then one that is late, then one
		 * on hold, then a cancelled one; null when no initiative delivers it.
		 */
		Plan of(EObject deliverable, Gate gate) {
			Plan best = null;
			for (Initiative initiative : deliverers.getOrDefault(deliverable, List.of())) {
				LocalDate end = finish.get(initiative);
				boolean stopped = initiative.getStatus() == InitiativeStatus.CANCELLED || initiative.getStatus() == InitiativeStatus.ON_HOLD;
				boolean inTime = !stopped && (initiative.getStatus() == InitiativeStatus.DONE || gate.day() == null || end != null && !end.isAfter(gate.day()));
				Plan plan = new Plan(initiative, end, inTime);
				if (best == null || rank(plan) < rank(best)) {
					best = plan;
				}
			}
			return best;
		}

		private static int rank(Plan plan) {
			return plan.inTime() ? 0 : plan.cancelled() ? 3 : plan.onHold() ? 2 : 1;
		}
	}

	/** Collects the gaps of one dimension. */
	private static final class Findings {

		private final Dimension dimension;
		private Readiness readiness = Readiness.READY;
		private final List<ReadinessGap> gaps = new ArrayList<>();

		Findings(Dimension dimension) {
			this.dimension = dimension;
		}

		void blocked(String reason, String action) {
			add(Readiness.BLOCKED, reason, action);
		}

		void atRisk(String reason, String action) {
			add(Readiness.AT_RISK, reason, action);
		}

		void onTrack(String reason, String action) {
			add(Readiness.ON_TRACK, reason, action);
		}

		void add(Readiness level, String reason, String action) {
			readiness = readiness.worst(level);
			gaps.add(new ReadinessGap(level, reason, action));
		}

		DimensionReadiness result(String whyReady) {
			return new DimensionReadiness(dimension, readiness, gaps, whyReady);
		}
	}
}
