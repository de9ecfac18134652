package io.stratagem.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import io.stratagem.model.AITechnique;
import io.stratagem.model.BusinessUnit;
import io.stratagem.model.Capability;
import io.stratagem.model.CapabilityKind;
import io.stratagem.model.ChangeInitiative;
import io.stratagem.model.ConditionStatus;
import io.stratagem.model.Control;
import io.stratagem.model.ControlStatus;
import io.stratagem.model.ControlType;
import io.stratagem.model.DataAsset;
import io.stratagem.model.DataClassification;
import io.stratagem.model.DependencyType;
import io.stratagem.model.Direction;
import io.stratagem.model.DueDiligence;
import io.stratagem.model.EthicsPrinciple;
import io.stratagem.model.EthicsReview;
import io.stratagem.model.EuAiActRole;
import io.stratagem.model.EuAiActTier;
import io.stratagem.model.Framework;
import io.stratagem.model.FrameworkRequirement;
import io.stratagem.model.Frequency;
import io.stratagem.model.Initiative;
import io.stratagem.model.InitiativeStatus;
import io.stratagem.model.KPI;
import io.stratagem.model.LegalBasis;
import io.stratagem.model.LifecycleStage;
import io.stratagem.model.LiteracyAudience;
import io.stratagem.model.LiteracyProgram;
import io.stratagem.model.Milestone;
import io.stratagem.model.NamedElement;
import io.stratagem.model.Objective;
import io.stratagem.model.Partner;
import io.stratagem.model.PartnerKind;
import io.stratagem.model.Phase;
import io.stratagem.model.ReviewOutcome;
import io.stratagem.model.Risk;
import io.stratagem.model.RiskCategory;
import io.stratagem.model.RiskStatus;
import io.stratagem.model.Roadmap;
import io.stratagem.model.Role;
import io.stratagem.model.Skill;
import io.stratagem.model.SkillArea;
import io.stratagem.model.Strategy;
import io.stratagem.model.StrategyModel;
import io.stratagem.model.Team;
import io.stratagem.model.TimeUnit;
import io.stratagem.model.TrainingProgram;
import io.stratagem.model.UseCase;
import io.stratagem.model.UseCaseCategory;
import io.stratagem.model.time.StrategyDate;

/** Every construct of the language parses into the model it describes. */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class ParsingTest {

	/** One file that uses every construct of the grammar at least once. */
	static final String EVERY_CONSTRUCT = """
			// A file with one of everything.
			namespace acme.all
			import stratagem.euaiact.*
			import stratagem.nist.GOVERN_1_1

			strategy AcmeAI "Acme AI Strategy" {
				vision "Fair and fast decisions"
				horizon 2027-Q1 to 2029-Q4
				owner Cio
				sponsor Ceo
				objectives FasterClaims
				principles Fairness
				description "The strategy"
				property "source" = "board paper 12"
			}

			objective Growth "Grow" {
				owner Ceo
			}

			objective FasterClaims "Settle within 48 hours" {
				refines Growth
				measured by CycleTime
				due 2028-Q4
			}

			unit Claims "Claims" {
				part of Group
				head Cio
				staff 420
			}

			unit Group "Group"

			role Cio "Chief Information Officer" {
				in Group
				holder "Jane Doe"
				email "cio@acme.example"
			}

			role Ceo "Chief Executive Officer"

			usecase Triage "Claims triage assistant" {
				unit Claims
				category processAutomation
				technique classicalML
				stage pilot
				serves FasterClaims, Growth
				uses data ClaimsHistory
				requires skills MlOps capabilities Gpus
				partners Insurtech
				kpis CycleTime
				risks TriageBias
				affects roles Cio
				euAiAct tier high as deployer
				highImpact no
				personalData yes
				topic "Claims"
				purpose "Route claims"
				benefits "Faster settlement"
				outputs "A priority score"
				deployment 2027-11
				priority { value 8 criticality 6 riskReduction 3 effort 5 reach 12000 impact 2 confidence 80% }
				owner Cio
				property "legacy-id" = "CLM-017"
			}

			data ClaimsHistory "Claims history" {
				owner Cio
				steward Cio
				classification confidential
				personalData yes
				legalBasis contract
				privacyAssessment 2026-10-01
				quality 92.5%
				retention 7 years
				derived from PolicyData
				source "Claims system"
			}

			data PolicyData

			capability Gpus "GPU cluster" {
				kind aiHardware
				available from 2027-Q2
				available until 2030-Q4
				provider Insurtech
				capacity "8 GPUs"
				owner Cio
			}

			skill MlOps "MLOps" {
				area technical
			}

			team DataScience "Data science team" {
				in Claims
				lead Cio
				size 12
				capacity 30 person-months
				skill MlOps current 2 required 4
			}

			team EthicsBoard "AI ethics board"

			training MlOpsBootcamp "MLOps bootcamp" {
				teaches MlOps
				for DataScience
				provider Insurtech
				participants 12
				level 3
				start 2027-02
				end 2027-04
				owner Cio
			}

			literacy AiForAll "AI for everyone" {
				audience allStaff, aiOperators
				units Claims, Group
				topics "What AI can and cannot do", "Reporting concerns"
				reach 90%
				start 2027-Q1
				owner Cio
			}

			principle Fairness "Fairness" {
				statement "No customer is disadvantaged by a protected characteristic"
				answers Art10, GOVERN_1_1
			}

			review TriageReview "Ethics review of triage" {
				of Triage
				board EthicsBoard
				approver Ceo
				on 2027-09-15
				outcome approvedWithConditions
				principles Fairness
				condition "Quarterly fairness audit" status open due 2027-12
				condition "Human override" status met
			}

			partner Insurtech "Insurtech42" {
				kind startup
				contract from 2026-01 until 2030-12
				critical
				dueDiligence completed
				exit plan "Bring the model in house"
				services "Triage model"
				owner Cio
			}

			change ClaimsAdoption "Claims handlers adopt triage" {
				for Claims
				affects roles Cio
				sponsor Ceo
				supports Triage
				adoption CycleTime
				start 2027-06
				end 2027-12
			}

			kpi CycleTime "Average claim cycle time" {
				unit days
				direction decrease
				baseline 9.5 at 2026-12
				target 2 by 2028-Q4
				thresholds amber 5 red 8
				measured monthly by Cio
				measurement 2027-01 = 9.1
			}

			kpi Satisfaction "Customer satisfaction" {
				unit %
				direction range
				target 80 to 90
				measured quarterly
				owner Ceo
			}

			risk TriageBias "Triage disadvantages protected groups" {
				category bias
				inherent likelihood 3 impact 4
				residual likelihood 2 impact 3
				status mitigating
				controlled by FairnessAudit
				affects Triage
				addresses Art10, GOVERN_1_1
				owner Cio
			}

			control FairnessAudit "Quarterly fairness audit" {
				type detective
				status operating
				satisfies Art10, Art15
				applies to Triage
				evidence "Audit reports in the GRC tool"
				owner Cio
			}

			requirement Policy7 "Internal AI policy section 7" {
				framework other
				code "POL-7"
				part of Art9
				applies to "all models"
				tiers high, limited
				roles provider, deployer
			}

			roadmap ClaimsRoadmap "Claims roadmap" {
				for AcmeAI
				phase Foundation "Foundation" 2027-Q1 to 2027-Q4 {
					initiative DataPlatform "Governed data platform" {
						start 2027-01
						duration 6 months
						effort 24 person-months
						delivers Gpus, AiForAll
						team DataScience
						status inProgress
						owner Cio
					}
					initiative TriagePilot "Pilot the triage assistant" {
						after DataPlatform lag 1 month
						after Training starts
						duration 4 months
						delivers Triage, FairnessAudit
					}
					milestone PilotGoLive "Pilot live" at 2027-11 {
						after TriagePilot
						gate CycleTime
					}
				}
				initiative Training {
					start 2027-02
					end 2027-04
				}
				milestone Review at 2029-Q4
			}
			""";

	@Inject
	private Workspace workspace;

	private StrategyModel model;

	@BeforeEach
	void parse() {
		workspace.empty().add("all.strategy", EVERY_CONSTRUCT).link();
		model = workspace.model("all.strategy");
	}

	@Test
	void parsesWithoutAnyError() {
		assertEquals(List.of(), workspace.allIssues());
	}

	@Test
	void fileHeader() {
		assertEquals("acme.all", model.getNamespace());
		assertEquals(List.of("stratagem.euaiact.*", "stratagem.nist.GOVERN_1_1"), model.getImports().stream().map(i -> i.getImportedNamespace()).toList());
	}

	@Test
	void strategyAndObjectives() {
		Strategy strategy = element("AcmeAI", Strategy.class);
		assertEquals("Acme AI Strategy", strategy.getTitle());
		assertEquals("Fair and fast decisions", strategy.getVision());
		assertEquals(StrategyDate.ofQuarter(2027, 1), strategy.getHorizonStart());
		assertEquals(StrategyDate.ofQuarter(2029, 4), strategy.getHorizonEnd());
		assertEquals("Cio", strategy.getOwner().getName());
		assertEquals("Ceo", strategy.getSponsor().getName());
		assertEquals("FasterClaims", strategy.getObjectives().get(0).getName());
		assertEquals("Fairness", strategy.getPrinciples().get(0).getName());
		assertEquals("The strategy", strategy.getDescription());
		assertEquals("source", strategy.getProperties().get(0).getKey());
		assertEquals("board paper 12", strategy.getProperties().get(0).getValue());
		Objective objective = element("FasterClaims", Objective.class);
		assertEquals("Growth", objective.getParent().getName());
		assertEquals("CycleTime", objective.getKpis().get(0).getName());
		assertEquals(StrategyDate.ofQuarter(2028, 4), objective.getTargetDate());
	}

	@Test
	void organisation() {
		BusinessUnit claims = element("Claims", BusinessUnit.class);
		assertEquals("Group", claims.getParent().getName());
		assertEquals("Cio", claims.getHead().getName());
		assertEquals(420, claims.getStaff());
		assertNull(element("Group", BusinessUnit.class).getStaff());
		Role cio = element("Cio", Role.class);
		assertEquals("Group", cio.getUnit().getName());
		assertEquals("Jane Doe", cio.getHolder());
		assertEquals("cio@acme.example", cio.getEmail());
	}

	@Test
	void useCaseWithEveryFeature() {
		UseCase triage = element("Triage", UseCase.class);
		assertEquals("Claims", triage.getUnit().getName());
		assertEquals(UseCaseCategory.PROCESS_AUTOMATION, triage.getCategory());
		assertEquals(AITechnique.CLASSICAL_ML, triage.getTechnique());
		assertEquals(LifecycleStage.PILOT, triage.getStage());
		assertEquals(List.of("FasterClaims", "Growth"), names(triage.getObjectives()));
		assertEquals(List.of("ClaimsHistory"), names(triage.getDataAssets()));
		assertEquals(List.of("MlOps"), names(triage.getSkills()));
		assertEquals(List.of("Gpus"), names(triage.getCapabilities()));
		assertEquals(List.of("Insurtech"), names(triage.getPartners()));
		assertEquals(List.of("CycleTime"), names(triage.getKpis()));
		assertEquals(List.of("TriageBias"), names(triage.getRisks()));
		assertEquals(List.of("Cio"), names(triage.getAffectedRoles()));
		assertEquals(EuAiActTier.HIGH, triage.getEuAiActTier());
		assertEquals(EuAiActRole.DEPLOYER, triage.getEuAiActRole());
		assertEquals(Boolean.FALSE, triage.getHighImpact());
		assertEquals(Boolean.TRUE, triage.getPersonalData());
		assertEquals("Claims", triage.getTopicArea());
		assertEquals("Route claims", triage.getPurpose());
		assertEquals("Faster settlement", triage.getBenefits());
		assertEquals("A priority score", triage.getOutputs());
		assertEquals(StrategyDate.ofMonth(2027, 11), triage.getDeployment());
		assertEquals(new BigDecimal("8"), triage.getPriority().getBusinessValue());
		assertEquals(new BigDecimal("6"), triage.getPriority().getTimeCriticality());
		assertEquals(new BigDecimal("3"), triage.getPriority().getRiskReduction());
		assertEquals(new BigDecimal("5"), triage.getPriority().getEffort());
		assertEquals(new BigDecimal("12000"), triage.getPriority().getReach());
		assertEquals(new BigDecimal("2"), triage.getPriority().getImpact());
		assertEquals(new BigDecimal("80"), triage.getPriority().getConfidence());
		assertEquals("Cio", triage.getOwner().getName());
		assertEquals("CLM-017", triage.getProperties().get(0).getValue());
	}

	@Test
	void dataAndInfrastructure() {
		DataAsset history = element("ClaimsHistory", DataAsset.class);
		assertEquals("Cio", history.getSteward().getName());
		assertEquals(DataClassification.CONFIDENTIAL, history.getClassification());
		assertEquals(Boolean.TRUE, history.getPersonalData());
		assertEquals(LegalBasis.CONTRACT, history.getLegalBasis());
		assertEquals(StrategyDate.parse("2026-10-01"), history.getPrivacyAssessment());
		assertEquals(new BigDecimal("92.5"), history.getQuality());
		assertEquals(7, history.getRetention().getAmount());
		assertEquals(TimeUnit.YEARS, history.getRetention().getUnit());
		assertEquals(List.of("PolicyData"), names(history.getDerivedFrom()));
		assertEquals("Claims system", history.getSource());
		Capability gpus = element("Gpus", Capability.class);
		assertEquals(CapabilityKind.AI_HARDWARE, gpus.getKind());
		assertEquals(StrategyDate.ofQuarter(2027, 2), gpus.getAvailableFrom());
		assertEquals(StrategyDate.ofQuarter(2030, 4), gpus.getAvailableUntil());
		assertEquals("Insurtech", gpus.getProvider().getName());
		assertEquals("8 GPUs", gpus.getCapacity());
	}

	@Test
	void talentAndLiteracy() {
		assertEquals(SkillArea.TECHNICAL, element("MlOps", Skill.class).getArea());
		Team team = element("DataScience", Team.class);
		assertEquals(12, team.getSize());
		assertEquals(new BigDecimal("30"), team.getCapacity());
		assertEquals("MlOps", team.getProficiencies().get(0).getSkill().getName());
		assertEquals(2, team.getProficiencies().get(0).getCurrent());
		assertEquals(4, team.getProficiencies().get(0).getRequired());
		TrainingProgram training = element("MlOpsBootcamp", TrainingProgram.class);
		assertEquals(List.of("MlOps"), names(training.getSkills()));
		assertEquals(List.of("DataScience"), names(training.getTeams()));
		assertEquals(12, training.getParticipants());
		assertEquals(3, training.getLevel());
		assertEquals(StrategyDate.ofMonth(2027, 2), training.getStart());
		assertEquals(StrategyDate.ofMonth(2027, 4), training.getEnd());
		LiteracyProgram literacy = element("AiForAll", LiteracyProgram.class);
		assertEquals(List.of(LiteracyAudience.ALL_STAFF, LiteracyAudience.AI_OPERATORS), literacy.getAudiences());
		assertEquals(List.of("Claims", "Group"), names(literacy.getUnits()));
		assertEquals(List.of("What AI can and cannot do", "Reporting concerns"), literacy.getTopics());
		assertEquals(new BigDecimal("90"), literacy.getReachTarget());
	}

	@Test
	void ethics() {
		EthicsPrinciple fairness = element("Fairness", EthicsPrinciple.class);
		assertEquals(List.of("Art10", "GOVERN_1_1"), names(fairness.getRequirements()));
		EthicsReview review = element("TriageReview", EthicsReview.class);
		assertEquals(List.of("Triage"), names(review.getUseCases()));
		assertEquals("EthicsBoard", review.getBoard().getName());
		assertEquals("Ceo", review.getApprover().getName());
		assertEquals(StrategyDate.parse("2027-09-15"), review.getDate());
		assertEquals(ReviewOutcome.APPROVED_WITH_CONDITIONS, review.getOutcome());
		assertEquals(2, review.getConditions().size());
		assertEquals("Quarterly fairness audit", review.getConditions().get(0).getText());
		assertEquals(StrategyDate.ofMonth(2027, 12), review.getConditions().get(0).getDue());
		assertEquals(ConditionStatus.MET, review.getConditions().get(1).getStatus());
	}

	@Test
	void partnersAndChange() {
		Partner partner = element("Insurtech", Partner.class);
		assertEquals(PartnerKind.STARTUP, partner.getKind());
		assertEquals(StrategyDate.ofMonth(2026, 1), partner.getContractStart());
		assertEquals(StrategyDate.ofMonth(2030, 12), partner.getContractEnd());
		assertTrue(partner.isCritical());
		assertEquals(DueDiligence.COMPLETED, partner.getDueDiligence());
		assertEquals("Bring the model in house", partner.getExitPlan());
		ChangeInitiative change = element("ClaimsAdoption", ChangeInitiative.class);
		assertEquals(List.of("Claims"), names(change.getUnits()));
		assertEquals("Ceo", change.getSponsor().getName());
		assertEquals(List.of("Triage"), names(change.getUseCases()));
		assertEquals("CycleTime", change.getAdoptionKpi().getName());
	}

	@Test
	void kpis() {
		KPI cycle = element("CycleTime", KPI.class);
		assertEquals("days", cycle.getUnit());
		assertEquals(Direction.DECREASE, cycle.getDirection());
		assertEquals(StrategyDate.ofMonth(2026, 12), cycle.getBaselineDate());
		assertEquals(new BigDecimal("2"), cycle.getTarget());
		assertEquals(new BigDecimal("5"), cycle.getAmber());
		assertEquals(Frequency.MONTHLY, cycle.getFrequency());
		assertEquals("Cio", cycle.getOwner().getName());
		KPI satisfaction = element("Satisfaction", KPI.class);
		assertEquals("%", satisfaction.getUnit());
		assertEquals(Direction.TARGET_RANGE, satisfaction.getDirection());
		assertEquals(new BigDecimal("90"), satisfaction.getTargetUpper());
	}

	@Test
	void risksControlsAndRequirements() {
		Risk risk = element("TriageBias", Risk.class);
		assertEquals(RiskCategory.BIAS, risk.getCategory());
		assertEquals(3, risk.getInherent().getLikelihood());
		assertEquals(4, risk.getInherent().getImpact());
		assertEquals(2, risk.getResidual().getLikelihood());
		assertEquals(RiskStatus.MITIGATING, risk.getStatus());
		assertEquals(List.of("FairnessAudit"), names(risk.getControls()));
		assertEquals(List.of("Triage"), names(risk.getUseCases()));
		assertEquals(List.of("Art10", "GOVERN_1_1"), names(risk.getRequirements()));
		Control control = element("FairnessAudit", Control.class);
		assertEquals(ControlType.DETECTIVE, control.getType());
		assertEquals(ControlStatus.OPERATING, control.getStatus());
		assertEquals(List.of("Art10", "Art15"), names(control.getRequirements()));
		assertEquals(List.of("Triage"), names(control.getUseCases()));
		FrameworkRequirement policy = element("Policy7", FrameworkRequirement.class);
		assertEquals(Framework.OTHER, policy.getFramework());
		assertEquals("POL-7", policy.getCode());
		assertEquals("Art9", policy.getParent().getName());
		assertEquals(List.of(EuAiActTier.HIGH, EuAiActTier.LIMITED), policy.getTiers());
		assertEquals(List.of(EuAiActRole.PROVIDER, EuAiActRole.DEPLOYER), policy.getRoles());
	}

	@Test
	void roadmap() {
		Roadmap roadmap = element("ClaimsRoadmap", Roadmap.class);
		assertEquals("AcmeAI", roadmap.getStrategy().getName());
		Phase foundation = roadmap.getPhases().get(0);
		assertEquals(StrategyDate.ofQuarter(2027, 4), foundation.getEnd());
		Initiative platform = foundation.getInitiatives().get(0);
		assertEquals(6, platform.getDuration().getAmount());
		assertEquals(TimeUnit.MONTHS, platform.getDuration().getUnit());
		assertEquals(new BigDecimal("24"), platform.getEffort());
		assertEquals(List.of("Gpus", "AiForAll"), names(platform.getDeliverables()));
		assertEquals(InitiativeStatus.IN_PROGRESS, platform.getStatus());
		Initiative pilot = foundation.getInitiatives().get(1);
		assertEquals("DataPlatform", pilot.getDependencies().get(0).getTarget().getName());
		assertEquals(DependencyType.FINISH_TO_START, pilot.getDependencies().get(0).getType());
		assertEquals(1, pilot.getDependencies().get(0).getLag().getAmount());
		assertEquals(TimeUnit.MONTHS, pilot.getDependencies().get(0).getLag().getUnit());
		assertEquals(DependencyType.START_TO_START, pilot.getDependencies().get(1).getType());
		assertEquals(List.of("Triage", "FairnessAudit"), names(pilot.getDeliverables()));
		Milestone goLive = foundation.getMilestones().get(0);
		assertEquals(StrategyDate.ofMonth(2027, 11), goLive.getDate());
		assertEquals(List.of("TriagePilot"), names(goLive.getAfter()));
		assertEquals(List.of("CycleTime"), names(goLive.getGates()));
		assertEquals("Training", roadmap.getInitiatives().get(0).getName());
		assertEquals("Review", roadmap.getMilestones().get(0).getName());
	}

	@Test
	void blocksAreOptionalForSimpleElements() {
		workspace.empty().add("short.strategy", """
				skill Python "Python"
				role Cto
				unit Sales "Sales"
				""");
		assertEquals(List.of(), workspace.allIssues());
		assertEquals(3, workspace.model("short.strategy").getElements().size());
		assertNull(workspace.model("short.strategy").getNamespace());
	}

	@Test
	void titlesAndDescriptionsKeepQuotesNewlinesAndUnicode() {
		workspace.empty().add("text.strategy", """
				usecase Chat "Kundenservice \\"Chat\\" – naïve" {
					description "Line one
				line two"
				}
				""");
		assertEquals(List.of(), workspace.allIssues());
		UseCase chat = (UseCase) workspace.model("text.strategy").getElements().get(0);
		assertEquals("Kundenservice \"Chat\" – naïve", chat.getTitle());
		assertEquals("Line one\nline two", chat.getDescription());
	}

	private <T extends NamedElement> T element(String name, Class<T> type) {
		List<NamedElement> all = new java.util.ArrayList<>();
		model.eAllContents().forEachRemaining(o -> {
			if (o instanceof NamedElement e) {
				all.add(e);
			}
		});
		NamedElement found = all.stream().filter(e -> name.equals(e.getName())).findFirst().orElseThrow(() -> new AssertionError("no element " + name));
		assertTrue(type.isInstance(found), name + " is a " + found.eClass().getName());
		assertFalse(found.eIsProxy());
		return type.cast(found);
	}

	private static List<String> names(List<?> elements) {
		return elements.stream().map(e -> ((NamedElement) e).getName()).toList();
	}
}
