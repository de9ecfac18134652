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
import io.stratagem.model.Initiative;
import io.stratagem.model.LegalBasis;
import io.stratagem.model.Partner;
import io.stratagem.model.Risk;
import io.stratagem.model.Skill;
import io.stratagem.model.SkillProficiency;
import io.stratagem.model.Team;
import io.stratagem.model.TrainingProgram;
import io.stratagem.model.UseCase;

/**
 * Assesses, per use case, whether its data, skills, capabilities, vendors, ethics review and
 * controls are ready for its deployment. Each finding is ready, at risk or missing; a dimension
 * takes its worst finding.
 *
 * <ul>
 * <li><b>Data</b>: no data asset is missing. Per asset: personal data with no legal basis is
 * missing; no owner, no quality score, quality below {@value #QUALITY_THRESHOLD}%, or personal data
 * without a privacy assessment is at risk.</li>
 * <li><b>Skills</b>: the teams are those of the initiatives that deliver the use case. No skills or
 * no delivering team is at risk. Per skill: the delivering team closest to its required level
 * counts, and below that level is at risk (naming a training programme for the skill and team, and
 * its end); when no delivering team has the skill, another team that has it (a platform team) makes
 * it at risk, and no team at all in the model makes it missing.</li>
 * <li><b>Capabilities</b>: none listed is at risk. Per capability: retired before deployment is
 * missing; unknown availability or available only after deployment is at risk.</li>
 * <li><b>Vendors</b>: none is ready. Per partner: due diligence not started, or a contract that
 * ends before deployment, is missing; due diligence in progress, or a critical partner without an
 * exit plan, is at risk.</li>
 * <li><b>Ethics review</b>: the latest review of the use case counts. None is missing for a
 * high-risk, unacceptable or high-impact use case and ready otherwise; rejected is missing;
 * pending, open conditions, or a review after deployment is at risk.</li>
 * <li><b>Controls</b>: over the risks of the use case (its own list and risks that name it), a
 * control applies when it names the use case or names none. No risk at all is at risk; a risk with
 * no applicable control that is not retired is missing; an applicable control not yet operating is
 * at risk.</li>
 * </ul>
 * Deployment means the last day of the use case's deployment date; without one, date comparisons
 * are skipped.
 */
public class ReadinessService {

	/** Data quality, in percent, below which data is at risk. */
	public static final int QUALITY_THRESHOLD = 80;

	/** The readiness of every use case under the roots, in model order. */
	public List<UseCaseReadiness> assess(Iterable<? extends EObject> roots) {
		return assess(ModelElements.of(roots));
	}

	/** The readiness of every use case of the model, in model order. */
	public List<UseCaseReadiness> assess(ModelElements elements) {
		List<UseCase> useCases = elements.all(UseCase.class);
		List<Initiative> initiatives = elements.all(Initiative.class);
		List<EthicsReview> reviews = elements.all(EthicsReview.class);
		List<Risk> risks = elements.all(Risk.class);
		List<Team> teams = elements.all(Team.class);
		List<TrainingProgram> trainings = elements.all(TrainingProgram.class);
		// who names a use case, indexed once: asking every initiative, review and risk per use case is quadratic
		Map<UseCase, List<Initiative>> delivering = byUseCase(initiatives, Initiative::getDeliverables);
		Map<UseCase, List<EthicsReview>> reviewing = byUseCase(reviews, EthicsReview::getUseCases);
		Map<UseCase, List<Risk>> affecting = byUseCase(risks, Risk::getUseCases);
		List<UseCaseReadiness> result = new ArrayList<>();
		for (UseCase useCase : useCases) {
			result.add(new UseCaseReadiness(useCase, List.of(data(useCase), skills(useCase, delivering.getOrDefault(useCase, List.of()), teams, trainings),
					capabilities(useCase), vendors(useCase), review(useCase, reviewing.getOrDefault(useCase, List.of())),
					controls(useCase, affecting.getOrDefault(useCase, List.of())))));
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

	private static DimensionReadiness data(UseCase useCase) {
		Findings findings = new Findings(Dimension.DATA);
		if (useCase.getDataAssets().isEmpty()) {
			findings.missing("uses no data asset");
		}
		for (DataAsset asset : useCase.getDataAssets()) {
			boolean personal = Boolean.TRUE.equals(asset.getPersonalData());
			if (personal && asset.getLegalBasis() == LegalBasis.NONE) {
				findings.missing(asset.getName() + " holds personal data with no legal basis");
			}
			if (personal && asset.getPrivacyAssessment() == null) {
				findings.atRisk(asset.getName() + " holds personal data with no privacy assessment");
			}
			if (asset.getOwner() == null) {
				findings.atRisk(asset.getName() + " has no owner");
			}
			BigDecimal quality = asset.getQuality();
			if (quality == null) {
				findings.atRisk(asset.getName() + " has no measured quality");
			} else if (quality.compareTo(BigDecimal.valueOf(QUALITY_THRESHOLD)) < 0) {
				findings.atRisk(asset.getName() + " has a quality of " + quality.toPlainString() + "%, below " + QUALITY_THRESHOLD + "%");
			}
		}
		return findings.result("every data asset (" + useCase.getDataAssets().size() + ") is owned, lawful and of quality " + QUALITY_THRESHOLD + "% or more");
	}

	private static DimensionReadiness skills(UseCase useCase, List<Initiative> delivering, List<Team> allTeams, List<TrainingProgram> trainings) {
		Findings findings = new Findings(Dimension.SKILLS);
		Set<Team> teams = new LinkedHashSet<>();
		for (Initiative initiative : delivering) {
			if (initiative.getTeam() != null) {
				teams.add(initiative.getTeam());
			}
		}
		if (useCase.getSkills().isEmpty()) {
			findings.atRisk("lists no required skills");
		} else if (teams.isEmpty()) {
			findings.atRisk("no initiative with a team delivers it, so no team's skills can be checked");
		}
		if (!teams.isEmpty()) {
			for (Skill skill : useCase.getSkills()) {
				SkillProficiency best = closest(teams, skill);
				if (best != null && best.getCurrent() > 0) {
					if (best.getCurrent() < best.getRequired()) {
						Team team = (Team) best.eContainer();
						findings.atRisk(skill.getName() + " is at " + best.getCurrent() + " of a required " + best.getRequired() + " in team " + team.getName()
								+ training(skill, team, trainings, deployment(useCase)));
					}
					continue;
				}
				SkillProficiency elsewhere = closest(allTeams, skill);
				if (elsewhere == null || elsewhere.getCurrent() == 0) {
					findings.missing("no team has " + skill.getName());
				} else {
					findings.atRisk("no delivering team has " + skill.getName() + "; team " + ((Team) elsewhere.eContainer()).getName() + " has it at "
							+ elsewhere.getCurrent() + " of a required " + elsewhere.getRequired());
				}
			}
		}
		return findings.result("every required skill (" + useCase.getSkills().size() + ") is at the required level in " + names(teams));
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
	 * The training programme that closes a gap, as a suffix for the finding. Programmes naming the
	 * team come before those open to every team, then the earliest end wins.
	 */
	private static String training(Skill skill, Team team, List<TrainingProgram> trainings, LocalDate deployment) {
		TrainingProgram chosen = null;
		for (TrainingProgram training : trainings) {
			if (training.getSkills().contains(skill) && (training.getTeams().isEmpty() || training.getTeams().contains(team))
					&& (chosen == null || preferred(training, chosen, team))) {
				chosen = training;
			}
		}
		if (chosen == null) {
			return "; no training programme";
		}
		if (chosen.getEnd() == null) {
			return "; training " + chosen.getName() + " has no end date";
		}
		boolean late = deployment != null && chosen.getEnd().lastDay().isAfter(deployment);
		return "; training " + chosen.getName() + " ends " + chosen.getEnd() + (late ? ", after deployment" : "");
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

	private static DimensionReadiness capabilities(UseCase useCase) {
		Findings findings = new Findings(Dimension.CAPABILITIES);
		LocalDate deployment = deployment(useCase);
		if (useCase.getCapabilities().isEmpty()) {
			findings.atRisk("lists no required capabilities");
		}
		for (Capability capability : useCase.getCapabilities()) {
			if (deployment != null && capability.getAvailableUntil() != null && capability.getAvailableUntil().lastDay().isBefore(deployment)) {
				findings.missing(capability.getName() + " is available only until " + capability.getAvailableUntil() + ", before deployment");
			}
			if (capability.getAvailableFrom() == null) {
				findings.atRisk(capability.getName() + " has no availability date");
			} else if (deployment != null && capability.getAvailableFrom().firstDay().isAfter(deployment)) {
				findings.atRisk(capability.getName() + " is available from " + capability.getAvailableFrom() + ", after deployment " + useCase.getDeployment());
			}
		}
		return findings.result("every required capability (" + useCase.getCapabilities().size() + ") is available by deployment");
	}

	private static DimensionReadiness vendors(UseCase useCase) {
		Findings findings = new Findings(Dimension.VENDORS);
		LocalDate deployment = deployment(useCase);
		for (Partner partner : useCase.getPartners()) {
			if (partner.getDueDiligence() == DueDiligence.NOT_STARTED) {
				findings.missing("due diligence on " + partner.getName() + " has not started");
			} else if (partner.getDueDiligence() == DueDiligence.IN_PROGRESS) {
				findings.atRisk("due diligence on " + partner.getName() + " is in progress");
			}
			if (deployment != null && partner.getContractEnd() != null && partner.getContractEnd().lastDay().isBefore(deployment)) {
				findings.missing("the contract with " + partner.getName() + " ends " + partner.getContractEnd() + ", before deployment");
			}
			if (partner.isCritical() && (partner.getExitPlan() == null || partner.getExitPlan().isBlank())) {
				findings.atRisk(partner.getName() + " is critical and has no exit plan");
			}
		}
		return findings.result(useCase.getPartners().isEmpty() ? "depends on no vendor"
				: "every vendor (" + useCase.getPartners().size() + ") has completed due diligence and a contract covering deployment");
	}

	private static DimensionReadiness review(UseCase useCase, List<EthicsReview> reviews) {
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
				findings.missing("has no ethics review although it is high-risk or high-impact");
			}
			return findings.result("no ethics review required");
		}
		switch (latest.getOutcome()) {
		case REJECTED:
			findings.missing(latest.getName() + " rejected it");
			break;
		case PENDING:
			findings.atRisk(latest.getName() + " has no outcome yet");
			break;
		default:
			long open = latest.getConditions().stream().filter(c -> c.getStatus() == ConditionStatus.OPEN).count();
			if (open > 0) {
				findings.atRisk(latest.getName() + " has " + open + " open condition" + (open == 1 ? "" : "s"));
			}
		}
		LocalDate deployment = deployment(useCase);
		if (deployment != null && latest.getDate() != null && latest.getDate().firstDay().isAfter(deployment)) {
			findings.atRisk(latest.getName() + " is dated " + latest.getDate() + ", after deployment " + useCase.getDeployment());
		}
		return findings.result("approved by " + latest.getName());
	}

	private static DimensionReadiness controls(UseCase useCase, List<Risk> affectingRisks) {
		Findings findings = new Findings(Dimension.CONTROLS);
		Set<Risk> risks = new LinkedHashSet<>(useCase.getRisks());
		risks.addAll(affectingRisks);
		if (risks.isEmpty()) {
			findings.atRisk("has no recorded risks, so no controls can be checked");
		}
		int operating = 0;
		for (Risk risk : risks) {
			List<Control> applicable = risk.getControls().stream()
					.filter(c -> c.getStatus() != ControlStatus.RETIRED && (c.getUseCases().isEmpty() || c.getUseCases().contains(useCase))).toList();
			if (applicable.isEmpty()) {
				findings.missing(risk.getName() + " has no control that applies");
			}
			for (Control control : applicable) {
				if (control.getStatus() == ControlStatus.OPERATING) {
					operating++;
				} else {
					findings.atRisk(control.getName() + " (for " + risk.getName() + ") is " + control.getStatus().getLiteral());
				}
			}
		}
		return findings.result("every risk (" + risks.size() + ") is treated by operating controls (" + operating + ")");
	}

	private static LocalDate deployment(UseCase useCase) {
		return useCase.getDeployment() == null ? null : useCase.getDeployment().lastDay();
	}

	private static String names(Set<Team> teams) {
		return String.join(", ", teams.stream().map(Team::getName).toList());
	}

	/** Collects the findings of one dimension. */
	private static final class Findings {

		private final Dimension dimension;
		private Readiness readiness = Readiness.READY;
		private final List<String> reasons = new ArrayList<>();

		Findings(Dimension dimension) {
			this.dimension = dimension;
		}

		void missing(String reason) {
			add(Readiness.MISSING, reason);
		}

		void atRisk(String reason) {
			add(Readiness.AT_RISK, reason);
		}

		private void add(Readiness level, String reason) {
			readiness = readiness.worst(level);
			reasons.add(reason);
		}

		DimensionReadiness result(String whyReady) {
			return new DimensionReadiness(dimension, readiness, readiness == Readiness.READY ? List.of(whyReady) : reasons);
		}
	}
}
