package io.stratagem.roadmap.tests;

import static io.stratagem.roadmap.tests.Models.FACTORY;
import static io.stratagem.roadmap.tests.Models.date;
import static io.stratagem.roadmap.tests.Models.months;
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
import io.stratagem.model.Framework;
import io.stratagem.model.FrameworkRequirement;
import io.stratagem.model.Initiative;
import io.stratagem.model.InitiativeStatus;
import io.stratagem.model.LegalBasis;
import io.stratagem.model.LifecycleStage;
import io.stratagem.model.NamedElement;
import io.stratagem.model.Partner;
import io.stratagem.model.ReviewCondition;
import io.stratagem.model.ReviewOutcome;
import io.stratagem.model.Risk;
import io.stratagem.model.RiskStatus;
import io.stratagem.model.Roadmap;
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
import io.stratagem.roadmap.readiness.ReadinessGap;
import io.stratagem.roadmap.readiness.ReadinessService;
import io.stratagem.roadmap.readiness.UseCaseReadiness;

/**
 * Each readiness dimension on a use case that goes live in September 2027, judged as a reviewer
 * would: what stops it (blocked) apart from what is planned by go-live (on track) and what nothing
 * planned covers (at risk), each gap with the action that closes it.
 */
class ReadinessServiceTest {

	private final ReadinessService service = new ReadinessService();
	private final StrategyModel model = FACTORY.createStrategyModel();
	private final Roadmap roadmap = Models.roadmap();
	private UseCase useCase;
	private Role owner;

	@BeforeEach
	void useCase() {
		owner = add(FACTORY.createRole(), "Owner");
		useCase = add(FACTORY.createUseCase(), "U");
		useCase.setDeployment(date("2027-09"));
		useCase.setEuAiActTier(EuAiActTier.MINIMAL);
		useCase.setStage(LifecycleStage.PRE_DEPLOYMENT);
		model.getElements().add(roadmap);
	}

	@Test
	void data() {
		asset("Good", true, LegalBasis.CONTRACT, "2027-01", owner, "90");
		assertEquals(ready(Dimension.DATA, "every data asset (1) is owned, lawful and of quality 80% or more"), assess(Dimension.DATA));
		asset("Poor", true, LegalBasis.NONE, null, null, "70");
		assertEquals(dimension(Dimension.DATA, Readiness.AT_RISK,
				gap(Readiness.AT_RISK, "Poor holds personal data with no legal basis", "Record the legal basis for the personal data in Poor"),
				gap(Readiness.AT_RISK, "Poor holds personal data with no privacy assessment", "Complete the privacy assessment of Poor"),
				gap(Readiness.AT_RISK, "Poor has no owner", "Name an owner for Poor"),
				gap(Readiness.AT_RISK, "Poor has a quality of 70%, below 80%", "Raise the quality of Poor to 80% or more")), assess(Dimension.DATA));
	}

	@Test
	void personalDataWithoutLegalBasisBlocksAUseCaseInUse() {
		asset("Poor", true, LegalBasis.NONE, "2027-01", owner, "90");
		useCase.setStage(LifecycleStage.PILOT);
		assertEquals(dimension(Dimension.DATA, Readiness.BLOCKED, gap(Readiness.BLOCKED, "Poor holds personal data with no legal basis while it is piloted",
				"Record the legal basis for the personal data in Poor")), assess(Dimension.DATA));
	}

	@Test
	void poorDataImprovedByAnInitiativeBeforeGoLiveIsOnTrack() {
		DataAsset poor = asset("Poor", false, LegalBasis.CONTRACT, null, owner, "70");
		initiative("Cleanse", "2027-01", 3, poor);
		assertEquals(dimension(Dimension.DATA, Readiness.ON_TRACK,
				gap(Readiness.ON_TRACK, "Poor has a quality of 70%, below 80%; initiative Cleanse delivers it by 2027-03-31, before deployment 2027-09",
						"Raise the quality of Poor to 80% or more through Cleanse by deployment 2027-09")),
				assess(Dimension.DATA));
	}

	@Test
	void noDataIsAtRisk() {
		assertEquals(dimension(Dimension.DATA, Readiness.AT_RISK, gap(Readiness.AT_RISK, "uses no data asset, so its data cannot be checked", "List the data assets U uses")),
				assess(Dimension.DATA));
	}

	@Test
	void skillsOfTheDeliveringTeams() {
		Skill s1 = add(FACTORY.createSkill(), "S1");
		Skill s2 = add(FACTORY.createSkill(), "S2");
		Skill s3 = add(FACTORY.createSkill(), "S3");
		Skill s4 = add(FACTORY.createSkill(), "S4");
		useCase.getSkills().addAll(List.of(s1, s2, s3, s4));
		assertEquals(dimension(Dimension.SKILLS, Readiness.AT_RISK, gap(Readiness.AT_RISK, "no initiative with a team delivers it, so no team's skills can be checked",
				"Name the team of an initiative that delivers U")), assess(Dimension.SKILLS));
		Team team = add(FACTORY.createTeam(), "T");
		proficiency(team, s1, 3, 3);
		proficiency(team, s2, 1, 4);
		proficiency(add(FACTORY.createTeam(), "Platform"), s4, 2, 3);
		TrainingProgram course = training("Course", s2, team, "2027-06");
		training("OpenToAll", s2, null, "2027-02");
		training("Later", s2, team, "2027-08");
		initiative("Deliver", "2027-01", 6, useCase).setTeam(team);
		assertEquals(dimension(Dimension.SKILLS, Readiness.AT_RISK,
				gap(Readiness.ON_TRACK, "S2 is at 1 of a required 4 in team T; training Course ends 2027-06", "Complete training Course for team T by deployment 2027-09"),
				gap(Readiness.AT_RISK, "no team has S3", "Hire or train for S3 in team T"),
				gap(Readiness.AT_RISK, "no delivering team has S4; team Platform has it, but S4 is at 2 of a required 3 in team Platform; no training programme",
						"Plan training in S4 for team Platform before deployment 2027-09")),
				assess(Dimension.SKILLS));
		course.setEnd(date("2028-Q1"));
		useCase.getSkills().removeAll(List.of(s3, s4));
		assertEquals(dimension(Dimension.SKILLS, Readiness.ON_TRACK, gap(Readiness.ON_TRACK, "S2 is at 1 of a required 4 in team T; training Later ends 2027-08",
				"Complete training Later for team T by deployment 2027-09")), assess(Dimension.SKILLS));
		useCase.getSkills().remove(s2);
		assertEquals(ready(Dimension.SKILLS, "every required skill (1) is at the required level in T"), assess(Dimension.SKILLS));
	}

	@Test
	void trainingThatEndsAfterGoLiveIsAtRisk() {
		Skill skill = add(FACTORY.createSkill(), "S");
		useCase.getSkills().add(skill);
		Team team = add(FACTORY.createTeam(), "T");
		proficiency(team, skill, 1, 3);
		training("Course", skill, team, "2028-Q1");
		initiative("Deliver", "2027-01", 6, useCase).setTeam(team);
		assertEquals(dimension(Dimension.SKILLS, Readiness.AT_RISK, gap(Readiness.AT_RISK, "S is at 1 of a required 3 in team T; training Course ends 2028-Q1, after deployment",
				"Bring training Course forward to end by deployment 2027-09, or find S elsewhere")), assess(Dimension.SKILLS));
	}

	@Test
	void capabilitiesByDeployment() {
		useCase.getCapabilities().addAll(List.of(capability("C1", "2027-01", null), capability("C2", "2028-01", null), capability("C3", "2026-01", "2027-06")));
		assertEquals(dimension(Dimension.CAPABILITIES, Readiness.BLOCKED,
				gap(Readiness.AT_RISK, "C2 is available from 2028-01, after deployment 2027-09", "Make C2 available by deployment 2027-09"),
				gap(Readiness.BLOCKED, "C3 is available only until 2027-06, before deployment", "Extend C3 beyond deployment 2027-09 or replace it")),
				assess(Dimension.CAPABILITIES));
	}

	@Test
	void aCapabilityWhoseDeliveryIsCancelledBlocks() {
		Capability platform = capability("Platform", "2027-03", null);
		useCase.getCapabilities().add(platform);
		initiative("Build", "2027-01", 3, platform);
		assertEquals(dimension(Dimension.CAPABILITIES, Readiness.ON_TRACK,
				gap(Readiness.ON_TRACK, "Platform is still to be delivered; initiative Build delivers it by 2027-03-31, before deployment 2027-09",
						"Deliver Platform through Build by deployment 2027-09")),
				assess(Dimension.CAPABILITIES));
		((Initiative) roadmap.getInitiatives().get(0)).setStatus(InitiativeStatus.CANCELLED);
		assertEquals(dimension(Dimension.CAPABILITIES, Readiness.BLOCKED,
				gap(Readiness.BLOCKED, "Platform is not delivered: initiative Build, which delivers it, is cancelled", "Plan the delivery of Platform again, by deployment 2027-09")),
				assess(Dimension.CAPABILITIES));
	}

	@Test
	void vendors() {
		assertEquals(ready(Dimension.VENDORS, "depends on no vendor"), assess(Dimension.VENDORS));
		useCase.getPartners().add(partner("P1", DueDiligence.COMPLETED, true, "Switch to P2", "2029-12"));
		assertEquals(ready(Dimension.VENDORS, "every vendor (1) has completed due diligence and a contract covering deployment"), assess(Dimension.VENDORS));
		useCase.getPartners().add(partner("P2", DueDiligence.IN_PROGRESS, true, null, "2027-06"));
		useCase.getPartners().add(partner("P3", DueDiligence.NOT_STARTED, false, null, null));
		assertEquals(dimension(Dimension.VENDORS, Readiness.BLOCKED,
				gap(Readiness.ON_TRACK, "due diligence on P2 is in progress", "Complete due diligence on P2 by deployment 2027-09"),
				gap(Readiness.BLOCKED, "the contract with P2 ends 2027-06, before deployment", "Extend the contract with P2 beyond deployment 2027-09"),
				gap(Readiness.AT_RISK, "P2 is critical and has no exit plan", "Write an exit plan for P2"),
				gap(Readiness.AT_RISK, "due diligence on P3 has not started", "Complete due diligence on P3 by deployment 2027-09")),
				assess(Dimension.VENDORS));
		useCase.setStage(LifecycleStage.DEPLOYED);
		assertEquals(List.of(Readiness.AT_RISK, Readiness.BLOCKED, Readiness.AT_RISK, Readiness.BLOCKED),
				assess(Dimension.VENDORS).gaps().stream().map(ReadinessGap::level).toList());
	}

	@Test
	void ethicsReviewRequiredForHighRisk() {
		assertEquals(ready(Dimension.ETHICS_REVIEW, "no ethics review required"), assess(Dimension.ETHICS_REVIEW));
		useCase.setEuAiActTier(EuAiActTier.HIGH);
		assertEquals(dimension(Dimension.ETHICS_REVIEW, Readiness.AT_RISK, gap(Readiness.AT_RISK, "has no ethics review although it is high-risk or high-impact",
				"Have U reviewed and approved by an ethics board before deployment 2027-09")), assess(Dimension.ETHICS_REVIEW));
		useCase.setStage(LifecycleStage.DEPLOYED);
		assertEquals(dimension(Dimension.ETHICS_REVIEW, Readiness.BLOCKED, gap(Readiness.BLOCKED,
				"has no ethics review although it is high-risk or high-impact while it is deployed", "Have U reviewed and approved by an ethics board")),
				assess(Dimension.ETHICS_REVIEW));
	}

	@Test
	void aPendingReviewIsOnTrackBeforeItsGateAndBlocksPastIt() {
		useCase.setEuAiActTier(EuAiActTier.HIGH);
		review("Board", "2027-06", ReviewOutcome.PENDING);
		assertEquals(dimension(Dimension.ETHICS_REVIEW, Readiness.ON_TRACK,
				gap(Readiness.ON_TRACK, "Board has no outcome yet (dated 2027-06)", "Obtain the outcome of Board before deployment 2027-09")), assess(Dimension.ETHICS_REVIEW));
		useCase.setStage(LifecycleStage.DEPLOYED);
		assertEquals(dimension(Dimension.ETHICS_REVIEW, Readiness.BLOCKED,
				gap(Readiness.BLOCKED, "Board has no outcome yet (dated 2027-06) while it is deployed", "Obtain the outcome of Board")), assess(Dimension.ETHICS_REVIEW));
	}

	@Test
	void latestEthicsReviewCounts() {
		review("First", "2027-03", ReviewOutcome.REJECTED);
		assertEquals(dimension(Dimension.ETHICS_REVIEW, Readiness.BLOCKED, gap(Readiness.BLOCKED, "First rejected it", "Address the reasons of First and have U reviewed again")),
				assess(Dimension.ETHICS_REVIEW));
		EthicsReview second = review("Second", "2027-05", ReviewOutcome.APPROVED_WITH_CONDITIONS);
		condition(second, ConditionStatus.MET, null);
		assertEquals(ready(Dimension.ETHICS_REVIEW, "approved by Second"), assess(Dimension.ETHICS_REVIEW));
		condition(second, ConditionStatus.OPEN, "2027-08");
		DimensionReadiness open = dimension(Dimension.ETHICS_REVIEW, Readiness.ON_TRACK,
				gap(Readiness.ON_TRACK, "Second condition \"condition\" is open, due 2027-08", "Meet the condition of Second: condition"));
		assertEquals(open, assess(Dimension.ETHICS_REVIEW));
		useCase.setStage(LifecycleStage.DEPLOYED);
		assertEquals(Readiness.AT_RISK, assess(Dimension.ETHICS_REVIEW).readiness(), "a condition due by go-live and still open once live");
		review("Third", "2027-10", ReviewOutcome.APPROVED);
		assertEquals(dimension(Dimension.ETHICS_REVIEW, Readiness.AT_RISK,
				gap(Readiness.AT_RISK, "Third is dated 2027-10, after deployment 2027-09", "Hold Third before deployment 2027-09")), assess(Dimension.ETHICS_REVIEW));
	}

	@Test
	void controlsOfTheUseCasesRisks() {
		UseCase other = add(FACTORY.createUseCase(), "Other");
		Risk k1 = add(FACTORY.createRisk(), "K1");
		k1.getControls().add(control("X", ControlStatus.OPERATING));
		useCase.getRisks().add(k1);
		assertEquals(ready(Dimension.CONTROLS, "every open risk (1) is treated by operating controls (1)"), assess(Dimension.CONTROLS));
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
		Risk accepted = add(FACTORY.createRisk(), "Accepted");
		accepted.setStatus(RiskStatus.ACCEPTED);
		useCase.getRisks().add(accepted);
		assertEquals(dimension(Dimension.CONTROLS, Readiness.AT_RISK,
				gap(Readiness.AT_RISK, "K3 has no control that applies", "Add a control for K3 by deployment 2027-09"),
				gap(Readiness.AT_RISK, "Y (for K2) is planned; no initiative delivers it", "Plan an initiative that delivers Y by deployment 2027-09")),
				assess(Dimension.CONTROLS));
		useCase.setStage(LifecycleStage.PILOT);
		assertEquals(gap(Readiness.BLOCKED, "K3 has no control that applies while it is piloted", "Add a control for K3"), assess(Dimension.CONTROLS).gaps().get(0));
	}

	/** The case: a control planned before go-live is not a blocker today. */
	@Test
	void aControlPlannedBeforeGoLiveIsOnTrackAndOneAfterIsAtRisk() {
		Risk risk = add(FACTORY.createRisk(), "Bias");
		Control audit = control("FairnessAudit", ControlStatus.PLANNED);
		risk.getControls().add(audit);
		useCase.getRisks().add(risk);
		Initiative build = initiative("Build", "2027-01", 6, audit);
		assertEquals(dimension(Dimension.CONTROLS, Readiness.ON_TRACK,
				gap(Readiness.ON_TRACK, "FairnessAudit (for Bias) is planned; initiative Build delivers it by 2027-06-30, before deployment 2027-09",
						"Deliver FairnessAudit through Build by deployment 2027-09")),
				assess(Dimension.CONTROLS));
		build.setDuration(months(12));
		assertEquals(dimension(Dimension.CONTROLS, Readiness.AT_RISK,
				gap(Readiness.AT_RISK, "FairnessAudit (for Bias) is planned; initiative Build delivers it by 2027-12-31, after deployment 2027-09",
						"Deliver FairnessAudit by deployment 2027-09 (Build finishes later)")),
				assess(Dimension.CONTROLS));
		build.setStatus(InitiativeStatus.ON_HOLD);
		assertEquals(gap(Readiness.AT_RISK, "FairnessAudit (for Bias) is planned; initiative Build, which delivers it, is on hold",
				"Deliver FairnessAudit by deployment 2027-09 (Build is on hold)"), assess(Dimension.CONTROLS).gaps().get(0));
	}

	/** Once live, a control a binding framework asks for and not operating blocks; a voluntary one under way is on track. */
	@Test
	void aDeployedUseCaseIsBlockedByAMandatoryControlNotOperating() {
		useCase.setStage(LifecycleStage.DEPLOYED);
		Risk risk = add(FACTORY.createRisk(), "Opaque");
		Control logging = control("DecisionLogging", ControlStatus.IMPLEMENTING);
		logging.getRequirements().add(requirement(Framework.EU_AI_ACT, "AIA-12"));
		Control audit = control("InternalAudit", ControlStatus.PLANNED);
		audit.getRequirements().add(requirement(Framework.ISO42001, "9.2"));
		risk.getControls().addAll(List.of(logging, audit));
		useCase.getRisks().add(risk);
		initiative("Certify", "2028-01", 6, logging, audit);
		assertEquals(dimension(Dimension.CONTROLS, Readiness.BLOCKED,
				gap(Readiness.BLOCKED, "DecisionLogging (for Opaque) is implementing, a mandatory control, and the use case is deployed", "Put DecisionLogging into operation"),
				gap(Readiness.ON_TRACK, "InternalAudit (for Opaque) is planned; initiative Certify delivers it by 2028-06-30, after deployment 2027-09",
						"Deliver InternalAudit through Certify by 2028-06-30")),
				assess(Dimension.CONTROLS));
	}

	@Test
	void overallIsTheWorstDimensionAndActionsPutBlockersFirst() {
		asset("Good", false, LegalBasis.CONTRACT, null, owner, "90");
		useCase.getPartners().add(partner("P", DueDiligence.IN_PROGRESS, false, null, "2027-06"));
		UseCaseReadiness readiness = service.assess(List.of(model)).get(0);
		assertEquals(List.of(Dimension.values()), readiness.dimensions().stream().map(DimensionReadiness::dimension).toList());
		assertEquals(Readiness.BLOCKED, readiness.overall());
		assertEquals(List.of("Extend the contract with P beyond deployment 2027-09", "List the skills U requires", "List the capabilities U requires",
				"Record the risks of U", "Complete due diligence on P by deployment 2027-09"), readiness.actions());
	}

	@Test
	void aUseCaseWithNothingLeftToDoIsReady() {
		asset("Good", false, LegalBasis.CONTRACT, null, owner, "90");
		Skill skill = add(FACTORY.createSkill(), "S");
		useCase.getSkills().add(skill);
		Team team = add(FACTORY.createTeam(), "T");
		proficiency(team, skill, 3, 3);
		initiative("Deliver", "2027-01", 6, useCase).setTeam(team);
		useCase.getCapabilities().add(capability("C", "2027-01", null));
		Risk risk = add(FACTORY.createRisk(), "K");
		risk.getControls().add(control("X", ControlStatus.OPERATING));
		useCase.getRisks().add(risk);
		UseCaseReadiness readiness = service.assess(List.of(model)).get(0);
		assertEquals(Readiness.READY, readiness.overall());
		assertEquals(List.of(), readiness.actions());
	}

	private DimensionReadiness assess(Dimension dimension) {
		return service.assess(List.of(model)).stream().filter(r -> r.useCase() == useCase).findFirst().orElseThrow().of(dimension);
	}

	private static DimensionReadiness ready(Dimension dimension, String reason) {
		return new DimensionReadiness(dimension, Readiness.READY, List.of(), reason);
	}

	/** The dimension with its gaps; the sentence for when it is ready is not shown then, so it is compared as it is. */
	private DimensionReadiness dimension(Dimension dimension, Readiness readiness, ReadinessGap... gaps) {
		return new DimensionReadiness(dimension, readiness, List.of(gaps), assess(dimension).whyReady());
	}

	private static ReadinessGap gap(Readiness level, String reason, String action) {
		return new ReadinessGap(level, reason, action);
	}

	private Initiative initiative(String name, String start, int monthsLong, io.stratagem.model.Deliverable... deliverables) {
		Initiative initiative = Models.initiative(roadmap, name, start, months(monthsLong));
		initiative.getDeliverables().addAll(List.of(deliverables));
		return initiative;
	}

	private TrainingProgram training(String name, Skill skill, Team team, String end) {
		TrainingProgram training = add(FACTORY.createTrainingProgram(), name);
		training.getSkills().add(skill);
		if (team != null) {
			training.getTeams().add(team);
		}
		training.setEnd(date(end));
		return training;
	}

	private FrameworkRequirement requirement(Framework framework, String code) {
		FrameworkRequirement requirement = add(FACTORY.createFrameworkRequirement(), code.replace(".", "_").replace("-", "_"));
		requirement.setFramework(framework);
		requirement.setCode(code);
		return requirement;
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

	private static void condition(EthicsReview review, ConditionStatus status, String due) {
		ReviewCondition condition = FACTORY.createReviewCondition();
		condition.setText("condition");
		condition.setStatus(status);
		condition.setDue(date(due));
		review.getConditions().add(condition);
	}

	private Control control(String name, ControlStatus status) {
		return Models.control(model, name, status);
	}

	private <T extends NamedElement> T add(T element, String name) {
		return Models.add(model, element, name);
	}
}
