package io.stratagem.roadmap.conformity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import io.stratagem.model.Control;
import io.stratagem.model.ControlStatus;
import io.stratagem.model.EuAiActRole;
import io.stratagem.model.EuAiActTier;
import io.stratagem.model.Framework;
import io.stratagem.model.FrameworkRequirement;
import io.stratagem.model.UseCase;
import io.stratagem.roadmap.ModelElements;

/**
 * Per-framework conformity checklists: what the controls of a model evidence, what is only
 * planned and what is missing, for the organisation and for each high-risk (EU AI Act) or
 * high-impact (OMB M-25-21) use case.
 *
 * <p>The rules are those of the validators, so a checklist and the findings agree:
 * <ul>
 * <li>The controls of a use case are those that name it, those of the risks it lists, and those of
 * the risks that name it.</li>
 * <li>A control satisfies a requirement when it names it or one of its parts (a control for
 * Art. 50(1) evidences Art. 50). Requirements are matched by code, so user-defined copies of
 * library requirements count.</li>
 * <li>For a use case, the top-level requirements apply whose tiers include its tier (or that name
 * no tier) and whose roles fit its role (or that name no role). A use case with no role is taken
 * as a provider, as the EU AI Act rules do.</li>
 * <li>A requirement that binds the organisation rather than one system (see
 * {@link #organisationWide}) is met by a use case as the organisation meets it, by the controls of
 * the whole model, so its per-use-case rows and its organisation row agree.</li>
 * </ul>
 */
public class ConformityService {

	/**
	 * The checklist of each framework the catalogue holds requirements of, in the enum's order.
	 *
	 * @param roots     the model: the roots of the user's files
	 * @param catalogue every requirement of the frameworks (the built-in library), in library order
	 */
	public List<FrameworkChecklist> checklists(Iterable<? extends EObject> roots, List<FrameworkRequirement> catalogue) {
		return checklists(ModelElements.of(roots), catalogue);
	}

	/** {@link #checklists(Iterable, List)} over a model already listed. */
	public List<FrameworkChecklist> checklists(ModelElements elements, List<FrameworkRequirement> catalogue) {
		return checklists(elements, catalogue, new UseCaseControls(elements));
	}

	/** {@link #checklists(Iterable, List)} over a model already listed, with the controls of its use cases already worked out. */
	public List<FrameworkChecklist> checklists(ModelElements elements, List<FrameworkRequirement> catalogue, UseCaseControls controlsOfUseCase) {
		List<Control> controls = elements.all(Control.class);
		List<UseCase> useCases = elements.all(UseCase.class);
		Map<Control, Coverage> coverage = new IdentityHashMap<>();
		List<FrameworkChecklist> result = new ArrayList<>();
		for (Framework framework : Framework.VALUES) {
			List<FrameworkRequirement> requirements = catalogue.stream().filter(r -> r.getFramework() == framework).toList();
			if (requirements.isEmpty()) {
				continue;
			}
			List<ChecklistItem> organisation = requirements.stream().map(r -> item(r, controls, coverage)).toList();
			Map<FrameworkRequirement, ChecklistItem> organisationItem = new IdentityHashMap<>();
			organisation.forEach(i -> organisationItem.put(i.requirement(), i));
			List<UseCaseChecklist> perUseCase = new ArrayList<>();
			for (UseCase useCase : useCases) {
				if (inScope(framework, useCase)) {
					List<Control> own = controlsOfUseCase.of(useCase);
					perUseCase.add(new UseCaseChecklist(useCase, requirements.stream().filter(r -> appliesTo(r, useCase))
							.map(r -> organisationWide(r) ? organisationItem.get(r) : item(r, own, coverage)).toList()));
				}
			}
			result.add(new FrameworkChecklist(framework, organisation, perUseCase));
		}
		return result;
	}

	/** Whether a framework is checked per use case for this one. */
	public static boolean inScope(Framework framework, UseCase useCase) {
		return switch (framework) {
		case EU_AI_ACT -> useCase.getEuAiActTier() == EuAiActTier.HIGH;
		case OMB_M2521 -> Boolean.TRUE.equals(useCase.getHighImpact());
		default -> false;
		};
	}

	/**
	 * Whether a requirement binds the organisation as a whole rather than each AI system: an EU AI
	 * Act requirement that names no tier and no role, such as Art. 4 (AI literacy of the staff of
	 * providers and deployers, "regardless of risk tier"). The validators check it once for the
	 * strategy (rule LIT), not per use case, and a literacy programme names no use case.
	 */
	public static boolean organisationWide(FrameworkRequirement requirement) {
		return requirement.getFramework() == Framework.EU_AI_ACT && requirement.getTiers().isEmpty() && requirement.getRoles().isEmpty();
	}

	/** Whether a top-level requirement applies to a use case by its tier and role. */
	static boolean appliesTo(FrameworkRequirement requirement, UseCase useCase) {
		if (requirement.getParent() != null) {
			return false;
		}
		boolean tier = requirement.getTiers().isEmpty() || requirement.getTiers().contains(useCase.getEuAiActTier());
		return tier && (requirement.getRoles().isEmpty() || requirement.getRoles().stream().anyMatch(role -> fits(role, useCase.getEuAiActRole())));
	}

	private static boolean fits(EuAiActRole required, EuAiActRole actual) {
		return switch (actual) {
		case PROVIDER_AND_DEPLOYER -> required == EuAiActRole.PROVIDER || required == EuAiActRole.DEPLOYER || required == actual;
		case DEPLOYER -> required == EuAiActRole.DEPLOYER;
		default -> required == EuAiActRole.PROVIDER || required == EuAiActRole.PROVIDER_AND_DEPLOYER;
		};
	}

	private static ChecklistItem item(FrameworkRequirement requirement, Collection<Control> controls, Map<Control, Coverage> coverage) {
		List<Control> satisfying = controls.stream()
				.filter(c -> c.getStatus() != ControlStatus.RETIRED && coverage.computeIfAbsent(c, Coverage::of).satisfies(requirement))
				.sorted(Comparator.comparing((Control c) -> c.getStatus() != ControlStatus.OPERATING)).toList();
		Evidence evidence = satisfying.isEmpty() ? Evidence.MISSING
				: satisfying.get(0).getStatus() == ControlStatus.OPERATING ? Evidence.EVIDENCED : Evidence.PLANNED;
		return new ChecklistItem(requirement, evidence, satisfying);
	}

	/** The requirements a control names and every requirement they are part of, with their codes: worked out once per control. */
	private record Coverage(Set<FrameworkRequirement> requirements, Set<String> codes) {

		static Coverage of(Control control) {
			Set<FrameworkRequirement> requirements = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
			Set<String> codes = new HashSet<>();
			for (FrameworkRequirement named : control.getRequirements()) {
				for (FrameworkRequirement r = named; r != null && !r.eIsProxy() && requirements.add(r); r = r.getParent()) {
					if (r.getCode() != null) {
						codes.add(r.getCode());
					}
				}
			}
			return new Coverage(requirements, codes);
		}

		boolean satisfies(FrameworkRequirement requirement) {
			return requirements.contains(requirement) || requirement.getCode() != null && codes.contains(requirement.getCode());
		}
	}
}
