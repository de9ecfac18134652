package io.stratagem.roadmap.tests;

import static io.stratagem.roadmap.tests.Models.FACTORY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.stratagem.model.Control;
import io.stratagem.model.ControlStatus;
import io.stratagem.model.EuAiActRole;
import io.stratagem.model.EuAiActTier;
import io.stratagem.model.Framework;
import io.stratagem.model.FrameworkRequirement;
import io.stratagem.model.NamedElement;
import io.stratagem.model.Risk;
import io.stratagem.model.StrategyModel;
import io.stratagem.model.UseCase;
import io.stratagem.roadmap.conformity.ChecklistItem;
import io.stratagem.roadmap.conformity.ConformityService;
import io.stratagem.roadmap.conformity.Evidence;
import io.stratagem.roadmap.conformity.FrameworkChecklist;
import io.stratagem.roadmap.conformity.UseCaseChecklist;

/**
 * Checklists on a small model. The library holds EU AI Act Art9 (provider, high) with its part
 * Art9_2, Art26 (deployer, high), Art4 (all tiers, all roles) and Art50 (limited); OMB Testing and
 * Oversight (no tier, no role); NIST Govern. Hire (high, provider) has a risk controlled by an
 * operating control for Art9_2 and is named by a planned control for Art4; Screen (high, deployer)
 * has a retired control for Art26; Chat (limited) is out of the EU AI Act scope; Benefits is
 * high-impact with a planned control for Testing.
 */
class ConformityServiceTest {

	private StrategyModel model;
	private StrategyModel library;
	private FrameworkRequirement art9, art9part2, art26, art4, art50, testing, oversight, govern;
	private UseCase hire, screen, chat, benefits;
	private Control riskControl, literacy, retired, testPlan;
	private List<FrameworkChecklist> checklists;

	@BeforeEach
	void model() {
		library = FACTORY.createStrategyModel();
		art9 = requirement("Art9", "AIA-9", Framework.EU_AI_ACT, List.of(EuAiActTier.HIGH), List.of(EuAiActRole.PROVIDER));
		art9part2 = requirement("Art9_2", "AIA-9-2", Framework.EU_AI_ACT, List.of(EuAiActTier.HIGH), List.of(EuAiActRole.PROVIDER));
		art9part2.setParent(art9);
		art26 = requirement("Art26", "AIA-26", Framework.EU_AI_ACT, List.of(EuAiActTier.HIGH), List.of(EuAiActRole.DEPLOYER));
		art4 = requirement("Art4", "AIA-4", Framework.EU_AI_ACT, List.of(), List.of());
		art50 = requirement("Art50", "AIA-50", Framework.EU_AI_ACT, List.of(EuAiActTier.LIMITED), List.of(EuAiActRole.PROVIDER, EuAiActRole.DEPLOYER));
		testing = requirement("Testing", "OMB-1", Framework.OMB_M2521, List.of(), List.of());
		oversight = requirement("Oversight", "OMB-2", Framework.OMB_M2521, List.of(), List.of());
		govern = requirement("Govern", "GOVERN", Framework.NIST_AI_RMF, List.of(), List.of());

		model = FACTORY.createStrategyModel();
		hire = useCase("Hire", EuAiActTier.HIGH, EuAiActRole.UNSPECIFIED, false);
		screen = useCase("Screen", EuAiActTier.HIGH, EuAiActRole.DEPLOYER, false);
		chat = useCase("Chat", EuAiActTier.LIMITED, EuAiActRole.PROVIDER, false);
		benefits = useCase("Benefits", EuAiActTier.MINIMAL, EuAiActRole.DEPLOYER, true);
		riskControl = control("RiskControl", ControlStatus.OPERATING, art9part2);
		literacy = control("Literacy", ControlStatus.PLANNED, art4);
		literacy.getUseCases().add(hire);
		retired = control("Retired", ControlStatus.RETIRED, art26);
		retired.getUseCases().add(screen);
		testPlan = control("TestPlan", ControlStatus.PLANNED, testing);
		testPlan.getUseCases().add(benefits);
		Risk bias = add(model, FACTORY.createRisk(), "Bias");
		bias.getControls().add(riskControl);
		hire.getRisks().add(bias);

		checklists = new ConformityService().checklists(List.of(model),
				List.of(art9, art9part2, art26, art4, art50, testing, oversight, govern));
	}

	@Test
	void oneChecklistPerFrameworkInTheCatalogue() {
		assertEquals(List.of(Framework.EU_AI_ACT, Framework.NIST_AI_RMF, Framework.OMB_M2521),
				checklists.stream().map(FrameworkChecklist::framework).toList());
	}

	@Test
	void euAiActCoversHighRiskUseCasesOnly() {
		assertEquals(List.of(hire, screen), euAiAct().useCases().stream().map(UseCaseChecklist::useCase).toList());
	}

	/** No role counts as a provider: Art9 (evidenced through its part, by the risk's control) and Art4 (planned). */
	@Test
	void providerChecklistRollsPartsUpToTheirRequirement() {
		UseCaseChecklist checklist = euAiAct().useCases().get(0);
		assertEquals(List.of(art9, art4), requirements(checklist.items()));
		assertEquals(List.of(Evidence.EVIDENCED, Evidence.PLANNED), evidence(checklist.items()));
		assertEquals(List.of(riskControl), checklist.items().get(0).controls());
		assertEquals(0, checklist.count(Evidence.MISSING));
	}

	/** A deployer gets Art26 and Art4; the retired control does not count; Art4 is met as the organisation meets it. */
	@Test
	void deployerChecklistIgnoresRetiredControls() {
		UseCaseChecklist checklist = euAiAct().useCases().get(1);
		assertEquals(List.of(art26, art4), requirements(checklist.items()));
		assertEquals(List.of(Evidence.MISSING, Evidence.PLANNED), evidence(checklist.items()));
		assertEquals(List.of(), checklist.items().get(0).controls());
	}

	/**
	 * Art4 (no tier, no role) binds the organisation: an operating literacy control that names no
	 * use case evidences it for every high-risk use case, as for the organisation.
	 */
	@Test
	void organisationWideRequirementIsMetAsTheOrganisationMeetsIt() {
		Control training = control("Training", ControlStatus.OPERATING, art4);
		List<FrameworkChecklist> again = new ConformityService().checklists(List.of(model), List.of(art9, art26, art4));
		ChecklistItem organisation = again.get(0).organisation().get(2);
		assertEquals(new ChecklistItem(art4, Evidence.EVIDENCED, List.of(training, literacy)), organisation);
		for (UseCaseChecklist useCase : again.get(0).useCases()) {
			assertEquals(organisation, useCase.items().get(useCase.items().size() - 1), useCase.useCase().getName());
		}
		assertEquals(List.of(hire, screen), again.get(0).useCases().stream().map(UseCaseChecklist::useCase).toList());
	}

	@Test
	void onlyEuAiActRequirementsWithoutTierOrRoleAreOrganisationWide() {
		assertEquals(List.of(art4), List.of(art9, art9part2, art26, art4, art50, testing, oversight, govern).stream()
				.filter(ConformityService::organisationWide).toList());
	}

	@Test
	void ombCoversHighImpactUseCases() {
		FrameworkChecklist omb = checklists.get(2);
		assertEquals(1, omb.useCases().size());
		UseCaseChecklist checklist = omb.useCases().get(0);
		assertEquals(benefits, checklist.useCase());
		assertEquals(List.of(Evidence.PLANNED, Evidence.MISSING), evidence(checklist.items()));
	}

	/** The organisation view lists every requirement, parts included, over all controls. */
	@Test
	void organisationViewOverAllControls() {
		assertEquals(List.of(art9, art9part2, art26, art4, art50), requirements(euAiAct().organisation()));
		assertEquals(List.of(Evidence.EVIDENCED, Evidence.EVIDENCED, Evidence.MISSING, Evidence.PLANNED, Evidence.MISSING),
				evidence(euAiAct().organisation()));
		assertEquals(List.of(), checklists.get(1).useCases());
		assertEquals(List.of(Evidence.MISSING), evidence(checklists.get(1).organisation()));
	}

	/** An operating control comes before a planned one, whatever the model order. */
	@Test
	void operatingControlsFirst() {
		Control planned = control("Planned", ControlStatus.PLANNED, art9);
		model.getElements().move(0, planned);
		List<FrameworkChecklist> again = new ConformityService().checklists(List.of(model), List.of(art9));
		assertEquals(List.of(riskControl, planned), again.get(0).organisation().get(0).controls());
		assertEquals(Evidence.EVIDENCED, again.get(0).organisation().get(0).evidence());
	}

	private FrameworkChecklist euAiAct() {
		return checklists.get(0);
	}

	private static List<FrameworkRequirement> requirements(List<ChecklistItem> items) {
		return items.stream().map(ChecklistItem::requirement).toList();
	}

	private static List<Evidence> evidence(List<ChecklistItem> items) {
		return items.stream().map(ChecklistItem::evidence).toList();
	}

	private UseCase useCase(String name, EuAiActTier tier, EuAiActRole role, boolean highImpact) {
		UseCase useCase = add(model, FACTORY.createUseCase(), name);
		useCase.setEuAiActTier(tier);
		useCase.setEuAiActRole(role);
		useCase.setHighImpact(highImpact);
		return useCase;
	}

	private Control control(String name, ControlStatus status, FrameworkRequirement requirement) {
		Control control = add(model, FACTORY.createControl(), name);
		control.setStatus(status);
		control.getRequirements().add(requirement);
		return control;
	}

	private FrameworkRequirement requirement(String name, String code, Framework framework, List<EuAiActTier> tiers, List<EuAiActRole> roles) {
		FrameworkRequirement requirement = add(library, FACTORY.createFrameworkRequirement(), name);
		requirement.setCode(code);
		requirement.setFramework(framework);
		requirement.getTiers().addAll(tiers);
		requirement.getRoles().addAll(roles);
		return requirement;
	}

	private static <T extends NamedElement> T add(StrategyModel container, T element, String name) {
		element.setName(name);
		container.getElements().add(element);
		return element;
	}
}
