/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;

import io.stratagem.dsl.validation.AbstractRuleValidator;
import io.stratagem.dsl.validation.RuleCatalogue;
import io.stratagem.dsl.validation.RuleProfile;
import io.stratagem.dsl.validation.RuleProfiles;
import io.stratagem.dsl.validation.Suppressions;
import io.stratagem.dsl.validation.services.CycleFinder;
import io.stratagem.dsl.validation.services.Horizon;
import io.stratagem.model.BusinessUnit;
import io.stratagem.model.Capability;
import io.stratagem.model.Dependency;
import io.stratagem.model.Initiative;
import io.stratagem.model.Milestone;
import io.stratagem.model.NamedElement;
import io.stratagem.model.Objective;
import io.stratagem.model.Partner;
import io.stratagem.model.Phase;
import io.stratagem.model.Roadmap;
import io.stratagem.model.Scheduled;
import io.stratagem.model.StratagemPackage.Literals;
import io.stratagem.model.Strategy;
import io.stratagem.model.StrategyModel;
import io.stratagem.model.Suppression;
import io.stratagem.model.UseCase;
import io.stratagem.model.time.StrategyDate;
import io.stratagem.roadmap.Cycles;
import io.stratagem.roadmap.Cycles.Cycle;

/** Rules of area STRUCT: names, cycles, periods, the horizon, phases, suppressions and profiles. */
public class StructureValidator extends AbstractRuleValidator {

	/**
	 * Where the issue data of {@code STRUCT-005} (a date outside the horizon) holds the horizon's
	 * start, followed by its end, after the message arguments (name, what, date, horizon): its quick
	 * fix reads them from there. The date outside is message argument 2.
	 */
	public static final int DATA_HORIZON_START = 4;

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private CycleFinder cycles;

	@Inject
	private RuleProfiles profiles;

	@Check(CheckType.NORMAL)
	public void duplicateName(NamedElement element) {
		if (element.getName() == null || element.getName().isBlank()) {
			return;
		}
		List<NamedElement> sameName = index(element).named(element.getName());
		if (sameName.isEmpty() || sameName.size() == 1 && sameName.get(0) == element) {
			return; // no other element has its simple name: its qualified name (computed for every element) is not needed
		}
		QualifiedName qn = names.getFullyQualifiedName(element);
		if (qn == null) {
			return;
		}
		for (NamedElement other : sameName) {
			if (other != element && qn.equals(names.getFullyQualifiedName(other))) {
				StrategyModel model = (StrategyModel) org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(element);
				String namespace = model.getNamespace() == null ? "(default)" : model.getNamespace();
				report(STRUCT_DUPLICATE_NAME, element, null, element.getName(), namespace);
				return;
			}
		}
	}

	@Check(CheckType.FAST)
	public void objectiveCycle(Objective objective) {
		Cycle<Objective> cycle = cycles.cycleReportedOn(objective, index(objective), "refines", Objective.class,
				o -> resolved(o.getParent()) ? List.of(o.getParent()) : List.of());
		if (cycle != null) {
			report(STRUCT_OBJECTIVE_CYCLE, objective, Literals.OBJECTIVE__PARENT, name(objective), path(cycle));
		}
	}

	@Check(CheckType.FAST)
	public void unitCycle(BusinessUnit unit) {
		Cycle<BusinessUnit> cycle = cycles.cycleReportedOn(unit, index(unit), "part of", BusinessUnit.class,
				u -> resolved(u.getParent()) ? List.of(u.getParent()) : List.of());
		if (cycle != null) {
			report(STRUCT_UNIT_CYCLE, unit, Literals.BUSINESS_UNIT__PARENT, name(unit), path(cycle));
		}
	}

	@Check(CheckType.FAST)
	public void dependencyCycle(Initiative initiative) {
		Cycle<Initiative> cycle = cycles.cycleReportedOn(initiative, index(initiative), "after", Initiative.class, StructureValidator::predecessors);
		if (cycle != null) {
			report(STRUCT_DEPENDENCY_CYCLE, initiative, null, name(initiative), path(cycle));
		}
	}

	private static List<Initiative> predecessors(Initiative initiative) {
		List<Initiative> result = new ArrayList<>();
		for (Dependency dependency : initiative.getDependencies()) {
			if (dependency != null && resolved(dependency.getTarget())) {
				result.add(dependency.getTarget());
			}
		}
		return result;
	}

	/** The cycle's path for a message, {@code A -> B -> A}, at most ten names long ({@link Cycles#text}). */
	static <T extends EObject> String path(Cycle<T> cycle) {
		return cycle.text(AbstractRuleValidator::name);
	}

	@Check(CheckType.FAST)
	public void scheduledEndBeforeStart(Scheduled scheduled) {
		if (scheduled.getStart() != null && scheduled.getEnd() != null && scheduled.getEnd().endsBefore(scheduled.getStart())) {
			report(STRUCT_END_BEFORE_START, scheduled, Literals.SCHEDULED__END, name(scheduled), scheduled.getEnd().toString(),
					scheduled.getStart().toString());
		}
	}

	@Check(CheckType.FAST)
	public void horizonEndBeforeStart(Strategy strategy) {
		if (strategy.getHorizonStart() != null && strategy.getHorizonEnd() != null && strategy.getHorizonEnd().endsBefore(strategy.getHorizonStart())) {
			report(STRUCT_END_BEFORE_START, strategy, Literals.STRATEGY__HORIZON_END, name(strategy), strategy.getHorizonEnd().toString(),
					strategy.getHorizonStart().toString());
		}
	}

	@Check(CheckType.FAST)
	public void contractEndBeforeStart(Partner partner) {
		if (partner.getContractStart() != null && partner.getContractEnd() != null && partner.getContractEnd().endsBefore(partner.getContractStart())) {
			report(STRUCT_END_BEFORE_START, partner, Literals.PARTNER__CONTRACT_END, name(partner), partner.getContractEnd().toString(),
					partner.getContractStart().toString());
		}
	}

	@Check(CheckType.FAST)
	public void availabilityEndBeforeStart(Capability capability) {
		if (capability.getAvailableFrom() != null && capability.getAvailableUntil() != null
				&& capability.getAvailableUntil().endsBefore(capability.getAvailableFrom())) {
			report(STRUCT_END_BEFORE_START, capability, Literals.CAPABILITY__AVAILABLE_UNTIL, name(capability),
					capability.getAvailableUntil().toString(), capability.getAvailableFrom().toString());
		}
	}

	@Check(CheckType.NORMAL)
	public void useCaseDeploymentInHorizon(UseCase useCase) {
		checkInHorizon(useCase, Literals.USE_CASE__DEPLOYMENT, "deployment", useCase.getDeployment());
	}

	@Check(CheckType.NORMAL)
	public void objectiveDueInHorizon(Objective objective) {
		checkInHorizon(objective, Literals.OBJECTIVE__TARGET_DATE, "due", objective.getTargetDate());
	}

	@Check(CheckType.NORMAL)
	public void milestoneInHorizon(Milestone milestone) {
		checkInHorizon(milestone, Literals.MILESTONE__DATE, "date", milestone.getDate());
	}

	@Check(CheckType.NORMAL)
	public void scheduledInHorizon(Scheduled scheduled) {
		if (!checkInHorizon(scheduled, Literals.SCHEDULED__START, "start", scheduled.getStart())) {
			checkInHorizon(scheduled, Literals.SCHEDULED__END, "end", scheduled.getEnd());
		}
	}

	private boolean checkInHorizon(EObject element, EAttribute feature, String what, StrategyDate date) {
		if (date == null) {
			return false;
		}
		Horizon horizon = horizon(element);
		if (horizon == null || horizon.contains(date)) {
			return false;
		}
		reportWithData(STRUCT_OUTSIDE_HORIZON, element, feature, List.of(name(element), what, date.toString(), horizon.toString()),
				List.of(horizon.start().toString(), horizon.end().toString()));
		return true;
	}

	@Check(CheckType.FAST)
	public void phaseOverlap(Roadmap roadmap) {
		Phase previous = null;
		for (Phase phase : datedPhases(roadmap)) {
			if (previous != null && !previous.getEnd().endsBefore(phase.getStart())) {
				report(STRUCT_PHASE_OVERLAP, phase, Literals.SCHEDULED__START, name(phase), phase.getStart().toString(), name(previous),
						previous.getEnd().toString());
			}
			previous = phase;
		}
	}

	@Check(CheckType.FAST)
	public void phaseGap(Roadmap roadmap) {
		Phase previous = null;
		for (Phase phase : datedPhases(roadmap)) {
			if (previous != null && previous.getEnd().endsBefore(phase.getStart())
					&& previous.getEnd().lastDay().plusDays(1).isBefore(phase.getStart().firstDay())) {
				report(STRUCT_PHASE_GAP, phase, Literals.SCHEDULED__START, name(phase), phase.getStart().toString(), name(previous),
						previous.getEnd().toString());
			}
			previous = phase;
		}
	}

	private static List<Phase> datedPhases(Roadmap roadmap) {
		return roadmap.getPhases().stream().filter(p -> p.getStart() != null && p.getEnd() != null && !p.getEnd().endsBefore(p.getStart()))
				.sorted(Comparator.comparing(Phase::getStart)).toList();
	}

	@Check(CheckType.FAST)
	public void suppressionJustified(Suppression suppression) {
		if (RuleCatalogue.isKnown(suppression.getCode()) && !Suppressions.isJustified(suppression)) {
			report(STRUCT_SUPPRESSION_UNJUSTIFIED, suppression, Literals.SUPPRESSION__JUSTIFICATION, name(suppression.eContainer()),
					suppression.getCode());
		}
	}

	@Check(CheckType.FAST)
	public void suppressionCodeKnown(Suppression suppression) {
		if (suppression.getCode() != null && !RuleCatalogue.isKnown(suppression.getCode())) {
			report(STRUCT_SUPPRESSION_UNKNOWN_CODE, suppression, Literals.SUPPRESSION__CODE, name(suppression.eContainer()), suppression.getCode());
		}
	}

	/**
	 * Reports each problem of a rule profile once: on the first model file of the model that the
	 * profile applies to, with the problem's line in the profile in the issue data
	 * ({@link #DATA_PROFILE_LINE}), so that a report can show it at that line of the profile.
	 */
	@Check(CheckType.NORMAL)
	public void profileProblems(StrategyModel model) {
		RuleProfile profile = profile(model);
		if (profile.problemEntries().isEmpty() || firstModelOf(profile, model) != model) {
			return;
		}
		for (RuleProfile.Problem problem : profile.problemEntries()) {
			reportWithData(STRUCT_PROFILE_PROBLEM, model, model.getNamespace() != null ? Literals.STRATEGY_MODEL__NAMESPACE : null,
					List.of(profile.location(), problem.text()), List.of(Integer.toString(problem.line())));
		}
	}

	/** Where the issue data of {@code STRUCT-010} holds the problem's line in the profile, after the message arguments. */
	public static final int DATA_PROFILE_LINE = 2;

	/** The first model file, in the model's order, that the profile applies to. */
	private StrategyModel firstModelOf(RuleProfile profile, StrategyModel model) {
		for (StrategyModel each : index(model).models()) {
			if (each == model || profile.location().equals(profiles.profileFor(each.eResource()).location())) {
				return each;
			}
		}
		return model;
	}
}
