package io.stratagem.roadmap.tests;

import static io.stratagem.roadmap.tests.Models.FACTORY;
import static io.stratagem.roadmap.tests.Models.date;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
import io.stratagem.model.NamedElement;
import io.stratagem.model.Partner;
import io.stratagem.model.ReviewCondition;
import io.stratagem.model.ReviewOutcome;
import io.stratagem.model.Risk;
import io.stratagem.model.Role;
import io.stratagem.model.Skill;
import io.stratagem.model.SkillProficiency;
import io.stratagem.model.StrategyModel;
import io.stratagem.model.Team;
import io.stratagem.model.TrainingProgram;
import io.stratagem.model.UseCase;
import io.stratagem.roadmap.readiness.Dimension;
import io.stratagem.roadmap.readiness.DimensionReadiness;
import io.stratagem.roadmap.readiness.Readiness;
import io.stratagem.roadmap.readiness.ReadinessService;
import io.stratagem.roadmap.readiness.UseCaseReadiness;

/** Each readiness dimension on a use case deployed in September 2027. */
class ReadinessServiceTest {

	private final ReadinessService service = new ReadinessService();
	private final StrategyModel model = FACTORY.createStrategyModel();
	private UseCase useCase;
	private Role owner;

	@BeforeEach
	void useCase() {
		owner = add(FACTORY.createRole(), "Owner");
		useCase = add(FACTORY.createUseCase(), "U");
		useCase.setDeployment(date("2027-09"));
		useCase.setEuAiActTier(EuAiActTier.MINIMAL);
	}

	@Test
	void data() {
		asset("Good", true, LegalBasis.CONTRACT, "2027-01", owner, "90");
		assertEquals(ready(Dimension.DATA, "every data asset (1) is owned, lawful and of quality 80% or more"), assess(Dimension.DATA));
		asset("Poor", true, LegalBasis.NONE, null, null, "70");
		assertEquals(new DimensionReadiness(Dimension.DATA, Readiness.MISSING, List.of("Poor holds personal data with no legal basis",
				"Poor holds personal data with no privacy assessment", "Poor has no owner", "Poor has a quality of 70%, below 80%")),
				assess(Dimension.DATA));
	}

	@Test
	void noDataIsMissing() {
		assertEquals(new DimensionReadiness(Dimension.DATA, Readiness.MISSING, List.of("uses no data asset")), assess(Dimension.DATA));
	}

	@Test
	void skillsOfTheDeliveringTeams() {
		Skill s1 = add(FACTORY.createSkill(), "S1");
		Skill s2 = add(FACTORY.createSkill(), "S2");
		Skill s3 = add(FACTORY.createSkill(), "S3");
		Skill s4 = add(FACTORY.createSkill(), "S4");
		useCase.getSkills().addAll(List.of(s1, s2, s3, s4));
		assertEquals(new DimensionReadiness(Dimension.SKILLS, Readiness.AT_RISK,
				List.of("no initiative with a team delivers it, so no team's skills can be checked")), assess(Dimension.SKILLS));
		Team team = add(FACTORY.createTeam(), "T");
		proficiency(team, s1, 3, 3);
		proficiency(team, s2, 1, 4);
		proficiency(add(FACTORY.createTeam(), "Platform"), s4, 2, 3);
		TrainingProgram course = add(FACTORY.createTrainingProgram(), "Course");
		course.getSkills().add(s2);
		course.getTeams().add(team);
		course.setEnd(date("2027-06"));
		TrainingProgram openToAll = add(FACTORY.createTrainingProgram(), "OpenToAll");
		openToAll.getSkills().add(s2);
		openToAll.setEnd(date("2027-02"));
		TrainingProgram later = add(FACTORY.createTrainingProgram(), "Later");
		later.getSkills().add(s2);
		later.getTeams().add(team);
		later.setEnd(date("2027-08"));
		Initiative initiative = FACTORY.createInitiative();
		initiative.setTeam(team);
		initiative.getDeliverables().add(useCase);
		model.getElements().add(roadmapWith(initiative));
		assertEquals(new DimensionReadiness(Dimension.SKILLS, Readiness.MISSING, List.of("S2 is at 1 of a required 4 in team T; training Course ends 2027-06", "no team has S3",
				"no delivering team has S4; team Platform has it at 2 of a required 3")),
				assess(Dimension.SKILLS));
		course.setEnd(date("2028-Q1"));
		later.setEnd(date("2028-Q2"));
		useCase.getSkills().removeAll(List.of(s3, s4));
		assertEquals(new DimensionReadiness(Dimension.SKILLS, Readiness.AT_RISK, List.of("S2 is at 1 of a required 4 in team T; training Course ends 2028-Q1, after deployment")),
				assess(Dimension.SKILLS));
		useCase.getSkills().remove(s2);
		assertEquals(ready(Dimension.SKILLS, "every required skill (1) is at the required level in T"), assess(Dimension.SKILLS));
	}

	@Test
	void capabilitiesByDeployment() {
		useCase.getCapabilities().addAll(List.of(capability("C1", "2027-01", null), capability("C2", "2028-01", null), capability("C3", "2026-01", "2027-06")));
		assertEquals(new DimensionReadiness(Dimension.CAPABILITIES, Readiness.MISSING,
				List.of("C2 is available from 2028-01, after deployment 2027-09", "C3 is available only until 2027-06, before deployment")),
				assess(Dimension.CAPABILITIES));
	}

	@Test
	void vendors() {
		assertEquals(ready(Dimension.VENDORS, "depends on no vendor"), assess(Dimension.VENDORS));
		useCase.getPartners().add(partner("P1", DueDiligence.COMPLETED, true, "Switch to P2", "2029-12"));
		assertEquals(ready(Dimension.VENDORS, "every vendor (1) has completed due diligence and a contract covering deployment"), assess(Dimension.VENDORS));
		useCase.getPartners().add(partner("P2", DueDiligence.IN_PROGRESS, true, null, "2027-06"));
		useCase.getPartners().add(partner("P3", DueDiligence.NOT_STARTED, false, null, null));
		assertEquals(new DimensionReadiness(Dimension.VENDORS, Readiness.MISSING, List.of("due diligence on P2 is in progress",
				"the contract with P2 ends 2027-06, before deployment", "P2 is critical and has no exit plan", "due diligence on P3 has not started")),
				assess(Dimension.VENDORS));
	}

	@Test
	void ethicsReviewRequiredForHighRisk() {
		assertEquals(ready(Dimension.ETHICS_REVIEW, "no ethics review required"), assess(Dimension.ETHICS_REVIEW));
		useCase.setEuAiActTier(EuAiActTier.HIGH);
		assertEquals(new DimensionReadiness(Dimension.ETHICS_REVIEW, Readiness.MISSING, List.of("has no ethics review although it is high-risk or high-impact")),
				assess(Dimension.ETHICS_REVIEW));
	}

	@Test
	void latestEthicsReviewCounts() {
		review("First", "2027-03", ReviewOutcome.REJECTED);
		EthicsReview second = review("Second", "2027-05", ReviewOutcome.APPROVED_WITH_CONDITIONS);
		condition(second, ConditionStatus.MET);
		assertEquals(ready(Dimension.ETHICS_REVIEW, "approved by Second"), assess(Dimension.ETHICS_REVIEW));
		condition(second, ConditionStatus.OPEN);
		assertEquals(new DimensionReadiness(Dimension.ETHICS_REVIEW, Readiness.AT_RISK, List.of("Second has 1 open condition")), assess(Dimension.ETHICS_REVIEW));
		review("Third", "2027-10", ReviewOutcome.APPROVED);
		assertEquals(new DimensionReadiness(Dimension.ETHICS_REVIEW, Readiness.AT_RISK, List.of("Third is dated 2027-10, after deployment 2027-09")),
				assess(Dimension.ETHICS_REVIEW));
	}

	@Test
	void controlsOfTheUseCasesRisks() {
		UseCase other = add(FACTORY.createUseCase(), "Other");
		Risk k1 = add(FACTORY.createRisk(), "K1");
		k1.getControls().add(control("X", ControlStatus.OPERATING));
		useCase.getRisks().add(k1);
		assertEquals(ready(Dimension.CONTROLS, "every risk (1) is treated by operating controls (1)"), assess(Dimension.CONTROLS));
		Risk k2 = add(FACTORY.createRisk(), "K2");
		k2.getUseCases().add(useCase);
		Control y = control("Y", ControlStatus.PLANNED);
		y.getUseCases().add(useCase);
		k2.getControls().add(y);
		Risk k3 = add(FACTORY.createRisk(), "K3");
		Control z = control("Z", ControlStatus.OPERATING);
		z.getUseCases().add(other);
		k3.getControls().addAll(List.of(z, control("Retired", ControlStatus.RETIRED)));
		useCase.getRisks().add(k3);
		assertEquals(new DimensionReadiness(Dimension.CONTROLS, Readiness.MISSING, List.of("K3 has no control that applies", "Y (for K2) is planned")),
				assess(Dimension.CONTROLS));
	}

	@Test
	void overallIsTheWorstDimension() {
		UseCaseReadiness readiness = service.assess(List.of(model)).get(0);
		assertEquals(List.of(Dimension.values()), readiness.dimensions().stream().map(DimensionReadiness::dimension).toList());
		assertEquals(Readiness.MISSING, readiness.overall());
	}

	private DimensionReadiness assess(Dimension dimension) {
		return service.assess(List.of(model)).stream().filter(r -> r.useCase() == useCase).findFirst().orElseThrow().of(dimension);
	}

	private static DimensionReadiness ready(Dimension dimension, String reason) {
		return new DimensionReadiness(dimension, Readiness.READY, List.of(reason));
	}

	private DataAsset asset(String name, boolean personal, LegalBasis basis, String privacy, Role assetOwner, String quality) {
		DataAsset asset = add(FACTORY.createDataAsset(), name);
		asset.setPersonalData(personal);
		asset.setLegalBasis(basis);
		asset.setPrivacyAssessment(date(privacy));
		asset.setOwner(assetOwner);
		asset.setQuality(new BigDecimal(quality));
		useCase.getDataAssets().add(asset);
		return asset;
	}

	private static void proficiency(Team team, Skill skill, int current, int required) {
		SkillProficiency proficiency = FACTORY.createSkillProficiency();
		proficiency.setSkill(skill);
		proficiency.setCurrent(current);
		proficiency.setRequired(required);
		team.getProficiencies().add(proficiency);
	}

	private static io.stratagem.model.Roadmap roadmapWith(Initiative initiative) {
		io.stratagem.model.Roadmap roadmap = Models.roadmap();
		initiative.setName("Deliver");
		roadmap.getInitiatives().add(initiative);
		return roadmap;
	}

	private Capability capability(String name, String from, String until) {
		Capability capability = add(FACTORY.createCapability(), name);
		capability.setAvailableFrom(date(from));
		capability.setAvailableUntil(date(until));
		return capability;
	}

	private Partner partner(String name, DueDiligence dueDiligence, boolean critical, String exitPlan, String contractEnd) {
		Partner partner = add(FACTORY.createPartner(), name);
		partner.setDueDiligence(dueDiligence);
		partner.setCritical(critical);
		partner.setExitPlan(exitPlan);
		partner.setContractEnd(date(contractEnd));
		return partner;
	}

	private EthicsReview review(String name, String on, ReviewOutcome outcome) {
		EthicsReview review = add(FACTORY.createEthicsReview(), name);
		review.setDate(date(on));
		review.setOutcome(outcome);
		review.getUseCases().add(useCase);
		return review;
	}

	private static void condition(EthicsReview review, ConditionStatus status) {
		ReviewCondition condition = FACTORY.createReviewCondition();
		condition.setText("condition");
		condition.setStatus(status);
		review.getConditions().add(condition);
	}

	private Control control(String name, ControlStatus status) {
		return Models.control(model, name, status);
	}

	private <T extends NamedElement> T add(T element, String name) {
		return Models.add(model, element, name);
	}
}
