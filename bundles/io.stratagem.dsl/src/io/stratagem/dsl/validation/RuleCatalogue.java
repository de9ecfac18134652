/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation;

import static io.stratagem.dsl.validation.RuleCodes.*;
import static org.eclipse.xtext.diagnostics.Severity.ERROR;
import static org.eclipse.xtext.diagnostics.Severity.INFO;
import static org.eclipse.xtext.diagnostics.Severity.WARNING;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.diagnostics.Severity;

import io.stratagem.model.Framework;
import io.stratagem.model.time.TimeBounds;

/**
 * The rule catalogue: every rule the validators report, with its default severity, message,
 * explanation, remedy and source. docs/rules.md is generated from it ({@link RulesDocument}).
 */
public final class RuleCatalogue {

	private static final Map<String, Rule> RULES = new LinkedHashMap<>();

	/**
	 * The areas whose rules check one framework: they run only where the model states that the
	 * framework applies ({@code frameworks ...} of a strategy or use case; nothing stated means all).
	 * The other rules are good practice that any organisation is held to, even where they cite a
	 * framework as one source among others.
	 */
	private static final Map<String, Framework> FRAMEWORK_OF_AREA = Map.of("EUAI", Framework.EU_AI_ACT, "OMB", Framework.OMB_M2521, "NIST",
			Framework.NIST_AI_RMF, "ISO", Framework.ISO42001);

	static {
		// ------------------------------------------------------------ structure
		add(STRUCT_DUPLICATE_NAME, ERROR, "{0} is declared more than once in namespace {1}",
				"A name is referred to by namespace and name; two elements with one qualified name make every reference to it ambiguous.",
				"Rename one of the elements or move it to another namespace.", "Stratagem language");
		add(STRUCT_OBJECTIVE_CYCLE, ERROR, "Objective {0} refines itself through {1}",
				"An objective hierarchy is a tree: a cycle of `refines` has no top-level objective, so nothing in it can be rolled up or reported.",
				"Remove one `refines` of the cycle.", "Stratagem language");
		add(STRUCT_DEPENDENCY_CYCLE, ERROR, "Initiative {0} depends on itself through {1}",
				"A cycle of `after` dependencies cannot be scheduled: no initiative of the cycle can ever start.",
				"Remove one `after` dependency of the cycle.", "Project scheduling (precedence diagramming)");
		add(STRUCT_END_BEFORE_START, ERROR, "{0} ends ({1}) before it starts ({2})",
				"A period whose end lies before its start is a typing error and makes every schedule computed from it wrong.",
				"Correct the start or the end date.", "Stratagem language");
		add(STRUCT_OUTSIDE_HORIZON, WARNING, "{0}: {1} {2} is outside the strategy horizon {3}",
				"The strategy horizon bounds what the strategy commits to; dates outside it are either not part of the plan or a typing error.",
				"Move the date into the horizon or widen the horizon of the strategy.", "Strategy horizon (responsibility 1)");
		add(STRUCT_PHASE_OVERLAP, WARNING, "Phase {0} starts ({1}) before the previous phase {2} ends ({3})",
				"Roadmap phases are consecutive stages; overlapping phases make gate decisions and reporting by phase ambiguous.",
				"Let the phase start after the previous phase ends.", "Roadmap practice");
		add(STRUCT_PHASE_GAP, WARNING, "Phase {0} starts ({1}) after a gap since the previous phase {2} ended ({3})",
				"A gap between phases is time the roadmap does not plan.",
				"Let the phase start right after the previous phase or extend the previous phase.", "Roadmap practice");
		add(STRUCT_SUPPRESSION_UNJUSTIFIED, ERROR, "{0}: the suppression of {1} has no justification",
				"A suppressed finding must say why it is acceptable, so that reviewers and auditors can judge it.",
				"Write why the finding is acceptable: suppress STRAT-... \"why\".", "Stratagem rule suppression");
		add(STRUCT_SUPPRESSION_UNKNOWN_CODE, ERROR, "{0}: {1} is not a rule code",
				"A suppression of an unknown code suppresses nothing and usually hides a typing error.",
				"Write an existing code from docs/rules.md.", "Stratagem rule suppression");
		add(STRUCT_PROFILE_PROBLEM, ERROR, "Rule profile {0}: {1}",
				"A rule profile entry that cannot be understood is not applied; the rules then run with settings the project did not choose.",
				"Correct the entry in stratagem.properties: keys are CODE.enabled, CODE.severity, CODE.threshold with CODE a rule code, STRAT-AREA-* or *.",
				"Stratagem rule profiles");
		add(STRUCT_UNIT_CYCLE, ERROR, "Business unit {0} is part of itself through {1}",
				"An organisation is a tree: a cycle of `part of` has no top unit.",
				"Remove one `part of` of the cycle.", "Stratagem language");

		// ------------------------------------------------------------ strategy
		add(STRAT_OBJECTIVE_UNSERVED, WARNING, "Objective {0} is served by no use case",
				"An objective that no use case serves, directly or through a refining objective, has no delivery behind it. A retired use case delivers nothing and does not count.",
				"Add `serves " + "<objective>` to a use case or remove the objective.", "Responsibility 1: AI strategy development");
		add(STRAT_USE_CASE_WITHOUT_OBJECTIVE, WARNING, "Use case {0} serves no objective",
				"A use case that serves no objective cannot be justified or prioritised against the strategy.",
				"Add `serves <objective>` to the use case.", "Responsibility 2: identifying use cases");
		add(STRAT_WITHOUT_OWNER, WARNING, "{0} has no owner",
				"Strategies and objectives without an accountable owner are not steered; ISO/IEC 42001 A.3.2 asks for assigned AI roles and responsibilities.",
				"Add `owner <role>`.", "ISO/IEC 42001 A.3.2");
		add(STRAT_WITHOUT_HORIZON, WARNING, "Strategy {0} has no horizon",
				"The horizon bounds the roadmap; without it no date of the model can be checked against the plan.",
				"Add `horizon <start> to <end>` to the strategy.", "Responsibility 1: AI strategy development");
		add(STRAT_OBJECTIVE_WITHOUT_KPI, WARNING, "Objective {0} is measured by no KPI",
				"An objective without a KPI cannot be shown as achieved or missed.",
				"Add `measured by <kpi>` to the objective.", "Responsibility 9: measuring impact");
		add(STRAT_OBJECTIVE_DUE_AFTER_PARENT, WARNING, "Objective {0} is due {1}, after the objective it refines, {2}, is due ({3})",
				"A refining objective contributes to its parent; when it is due later, the parent cannot be reached on time.",
				"Bring the due date forward or move the parent's due date.", "Responsibility 1: AI strategy development");
		add(STRAT_KPI_TARGET_AFTER_OBJECTIVE, WARNING, "Objective {0} is due {1}, but KPI {2} that measures it has its target only by {3}",
				"An objective is shown achieved by the KPIs that measure it; a KPI whose target date lies after the objective's due date says the objective is reached later than it is due. The model states the date twice, and the two disagree.",
				"Bring the KPI's target date forward to the objective's due date, or move the objective's due date.", "Responsibility 9: measuring impact");

		// ------------------------------------------------------------ use cases
		add(UC_WITHOUT_KPI, WARNING, "Use case {0} is {1} but has no KPI",
				"A use case in pilot or production must show its impact; without a KPI its benefit is never measured.",
				"Add `kpis <kpi>` to the use case.", "Responsibility 9: measuring impact; NIST AI RMF MEASURE-1.1");
		add(UC_PRIORITY_INPUTS_MISSING, WARNING, "Use case {0} lacks prioritisation inputs: {1}",
				"The portfolio ranking (WSJF and RICE) needs value, criticality, risk reduction, effort, reach, impact and confidence; a use case without them cannot be ranked.",
				"Add the missing inputs to the `priority { ... }` block of the use case.", "Responsibility 2: identifying use cases (WSJF, RICE)");
		add(UC_WITHOUT_OWNER, WARNING, "Use case {0} has no owner",
				"Every AI use case needs an accountable business owner (ISO/IEC 42001 A.3.2; OMB M-25-21 asks for accountable officials).",
				"Add `owner <role>` to the use case.", "ISO/IEC 42001 A.3.2");
		add(UC_WITHOUT_DEPLOYMENT_DATE, WARNING, "Use case {0} is {1} but has no deployment date",
				"Deployment dates drive the checks of reviews, capabilities, skills and contracts; without one they cannot be made.",
				"Add `deployment <date>` to the use case.", "Responsibility 2: identifying use cases");
		add(UC_EFFORT_NOT_POSITIVE, ERROR, "Use case {0} has an effort of {1}; effort must be positive",
				"WSJF and RICE divide by effort; zero or negative effort makes the ranking meaningless.",
				"Estimate the effort as a positive number.", "WSJF, RICE");
		add(UC_DEPLOYED_BEFORE_DELIVERED, WARNING, "Use case {0} is deployed but initiative {1} that delivers it is {2}",
				"A use case is deployed once the work that delivers it is done; an initiative that delivers it and is still planned, in progress or on hold says it is not delivered yet (an initiative with no status is planned). The model states the fact twice, and the roadmap and the portfolio disagree.",
				"Mark the initiative `status done` (or cancelled), or move the use case back to the stage it is in.", "Responsibility 2: identifying use cases; project scheduling");

		// ------------------------------------------------------------ data
		add(DATA_WITHOUT_OWNER, WARNING, "Data asset {0} has no owner",
				"Data used by AI needs an accountable owner who decides on its use (EU AI Act Art. 10 data governance; ISO/IEC 42001 A.7).",
				"Add `owner <role>` to the data asset.", "EU AI Act Art. 10; ISO/IEC 42001 A.7");
		add(DATA_WITHOUT_STEWARD, WARNING, "Data asset {0} has no steward",
				"A steward looks after quality and metadata day to day; without one quality is nobody's job.",
				"Add `steward <role>` to the data asset.", "ISO/IEC 42001 A.7.2; DAMA-DMBOK");
		add(DATA_PERSONAL_WITHOUT_LEGAL_BASIS, ERROR, "Data asset {0} holds personal data but has no legal basis",
				"Processing personal data is lawful only on one of the bases of GDPR Art. 6(1).",
				"Add `legalBasis <basis>` to the data asset.", "GDPR Art. 6");
		add(DATA_PERSONAL_WITHOUT_ASSESSMENT, WARNING, "Data asset {0} holds personal data but has no privacy impact assessment",
				"Processing personal data with new technologies such as AI is likely to need a data protection impact assessment (GDPR Art. 35).",
				"Add `privacyAssessment <date>` once the DPIA is done.", "GDPR Art. 35");
		add(DATA_QUALITY_BELOW_THRESHOLD, WARNING, "Data asset {0} has quality {1}%, below the threshold {2}% for use case {3} in {4}",
				"Training and operating AI on poor data produces poor and biased outputs (EU AI Act Art. 10(3)).",
				"Improve the data quality before the use case goes live, or lower the threshold in the rule profile with a reason.",
				"EU AI Act Art. 10(3)", new BigDecimal("80"));
		add(DATA_WITHOUT_RETENTION, WARNING, "Data asset {0} has no retention period",
				"Data may be kept no longer than its purpose needs (GDPR Art. 5(1)(e) storage limitation).",
				"Add `retention <amount> <unit>` to the data asset.", "GDPR Art. 5(1)(e)");
		add(DATA_LINEAGE_CYCLE, ERROR, "Data asset {0} is derived from itself through {1}",
				"Lineage runs from sources to derived data; a cycle is a modelling error and breaks impact analysis.",
				"Remove one `derived from` of the cycle.", "Data lineage");
		add(DATA_PERSONAL_DATA_DENIED, ERROR, "Use case {0} declares that it processes no personal data but uses data asset {1}, which holds personal data",
				"A use case that uses a data asset holding personal data processes personal data (GDPR Art. 4(2)); declaring `personalData no` on it contradicts its data and keeps the use case out of the privacy checks its data needs.",
				"Write `personalData yes` on the use case, or correct the data asset's `personalData`, or stop using the asset.", "GDPR Art. 4(2), 35");

		// ------------------------------------------------------------ infrastructure
		add(INFRA_CAPABILITY_NOT_YET_AVAILABLE, ERROR, "Use case {0} is deployed {1}, before capability {2} is available ({3})",
				"A use case cannot run on infrastructure that does not exist yet.",
				"Move the deployment after the availability date or bring the capability forward.", "Responsibility 4: infrastructure and technology");
		add(INFRA_CAPABILITY_ENDS_IN_HORIZON, WARNING, "Capability {0} is available only until {1}, but use case {2} needs it to the horizon end {3}",
				"A use case loses its platform when the capability it needs is retired inside the horizon.",
				"Plan a successor capability or extend the availability.", "Responsibility 4: infrastructure and technology");
		add(INFRA_PROVIDER_CONTRACT_ENDS_FIRST, WARNING, "Capability {0} is available until {1}, but the contract with its provider {2} ends {3}",
				"A capability a partner provides is available only while the partner's contract runs; an availability beyond the contract's end is a date the model states twice, and the use cases that rely on it lose it when the contract ends.",
				"Extend the contract to the availability date, shorten the availability, or plan another provider.",
				"Responsibility 4: infrastructure and technology; Responsibility 7: partnerships and vendors");
		add(INFRA_CAPABILITY_WITHOUT_DATE, INFO, "Capability {0} is needed by use case {1} but has no availability date",
				"Without an availability date the deployment of the use cases that need it cannot be checked.",
				"Add `available from <date>` to the capability.", "Responsibility 4: infrastructure and technology");

		// ------------------------------------------------------------ vendors
		add(VENDOR_CONTRACT_ENDS_IN_HORIZON, WARNING, "The contract with {0} ends {1}, inside the horizon (to {2}) of use case {3} that depends on it ({4})",
				"A use case that depends on a partner whose contract ends before the horizon end loses the service it needs. A contract that ends even before the use case is deployed is an error (STRAT-VENDOR-004).",
				"Renew or extend the contract, or plan a replacement partner.", "Responsibility 7: partnerships and vendors; ISO/IEC 42001 A.10.3");
		add(VENDOR_CONTRACT_ENDS_BEFORE_DEPLOYMENT, ERROR, "The contract with {0} ends {1}, before use case {2} that depends on it is deployed ({3})",
				"A use case deployed after the contract of a partner it depends on has ended never gets the service it is built on: the plan cannot work as written.",
				"Extend the contract beyond the deployment, bring the deployment forward, or plan a replacement partner.",
				"Responsibility 7: partnerships and vendors; ISO/IEC 42001 A.10.3");
		add(VENDOR_CRITICAL_WITHOUT_EXIT_PLAN, WARNING, "Critical partner {0} has no exit plan",
				"Dependence on a critical AI supplier without an exit plan is a concentration risk (ISO/IEC 42001 A.10.3; EBA/DORA outsourcing practice).",
				"Add `exit plan \"...\"` to the partner.", "ISO/IEC 42001 A.10.3");
		add(VENDOR_CRITICAL_WITHOUT_DUE_DILIGENCE, WARNING, "Critical partner {0} has due diligence {1}",
				"Critical suppliers must be assessed before the organisation depends on them (ISO/IEC 42001 A.10.3).",
				"Complete the due diligence and write `dueDiligence completed`.", "ISO/IEC 42001 A.10.3");

		// ------------------------------------------------------------ talent
		add(TALENT_SKILL_NOT_COVERED, WARNING, "Use case {0} requires skill {1}, which no team has at its required level and no training completes by {2}",
				"A use case cannot be built or run without the skills it needs.",
				"Raise the team's proficiency, hire, or plan a training programme that ends before the deployment.", "Responsibility 5: talent");
		add(TALENT_GAP_WITHOUT_TRAINING, INFO, "Team {0} has a gap in skill {1} (current {2}, required {3}) and no training programme for it",
				"A known skill gap without a plan to close it stays open.",
				"Add a `training` that `teaches` the skill `for` the team.", "Responsibility 5: talent");
		add(TALENT_STAFFED_BEFORE_TRAINED, WARNING, "Initiative {0} starts {1} with team {2} at level {3} of the required {4} in skill {5}, which {6} needs; training {7} closes the gap only by {8}",
				"A team below the proficiency a skill requires does not deliver the use case that needs it until its training ends; an initiative that starts earlier runs with the gap open. The start is the roadmap schedule's (as on the generated site).",
				"Start the initiative after the training ends, bring the training forward, or staff the initiative with a team that has the skill.",
				"Responsibility 5: talent");

		add(TALENT_CAPACITY_ABOVE_SIZE, WARNING, "Team {0} has a capacity of {1} person-months a quarter, more than its {2} members can give ({3})",
				"A team's capacity follows from its size: a person gives at most three person-months a quarter. A capacity above that is a fact the model states twice, and the capacity plan (STRAT-ROADMAP-006) then hides over-allocated quarters.",
				"Correct the team's capacity or its size.", "Capacity planning");

		// ------------------------------------------------------------ literacy
		add(LIT_NO_OPERATOR_LITERACY, WARNING, "Strategy {0} has AI systems in use ({1}) that no AI literacy programme for aiOperators reaches",
				"Providers and deployers shall ensure a sufficient level of AI literacy of staff dealing with the operation and use of AI systems (EU AI Act Art. 4). A programme for aiOperators reaches the staff of the units it names and of their sub-units (every unit when it names none); a system in use whose unit it does not reach has operators it does not train.",
				"Add a `literacy` programme with `audience aiOperators` for the units of the listed systems, or add their units to an existing one.", "EU AI Act Art. 4");
		add(LIT_WITHOUT_AUDIENCE, WARNING, "Literacy programme {0} has no audience",
				"Without an audience the programme's coverage of staff operating AI (EU AI Act Art. 4) cannot be shown.",
				"Add `audience <audience>`.", "EU AI Act Art. 4");
		add(LIT_WITHOUT_REACH, INFO, "Literacy programme {0} has no reach target",
				"A reach target makes the programme's coverage measurable.",
				"Add `reach <percent>`.", "EU AI Act Art. 4");

		// ------------------------------------------------------------ ethics
		add(ETHICS_NO_APPROVED_REVIEW, ERROR, "Use case {0} is {1} but has no approved, independent ethics review dated before its deployment",
				"High-risk (EU AI Act) and high-impact (OMB M-25-21) AI needs an independent review before it is used on people. A review is not independent when its approver, or the lead of the board that held it, is the use case's owner: the owner would approve their own system.",
				"Add a `review` `of` the use case with `outcome approved` (or approvedWithConditions) dated on or before the deployment, approved by someone other than the use case's owner.",
				"EU AI Act Art. 9, 27; OMB M-25-21 4(b)(ii)");
		add(ETHICS_OPEN_CONDITION, WARNING, "Review {0} still has an open condition at the deployment of {1}: {2}",
				"A conditional approval is an approval only when its conditions are met before the use case goes live.",
				"Meet the condition and mark it `status met` (or `waived` with a reason), or give it a due date after deployment.",
				"Responsibility 6: ethical AI");
		add(ETHICS_REJECTED_IN_USE, ERROR, "Use case {0} is {1} although review {2} rejected it",
				"Running an AI use case its ethics review rejected contradicts the organisation's own governance.",
				"Retire the use case or obtain a new, approving review.", "Responsibility 6: ethical AI");

		// ------------------------------------------------------------ change
		add(CHANGE_NO_INITIATIVE, WARNING, "Use case {0} is {1} and affects roles ({2}) that no change initiative supporting it covers",
				"AI that changes how people work is adopted only when the change is managed. A change initiative that supports the use case covers the roles it names (every role when it names none); an affected role it does not name goes through the change unmanaged.",
				"Add a `change` initiative that `supports` the use case.", "Responsibility 8: change management");
		add(CHANGE_WITHOUT_ADOPTION_KPI, WARNING, "Change initiative {0} has no adoption KPI",
				"Without an adoption KPI nobody knows whether the change worked.",
				"Add `adoption <kpi>`.", "Responsibility 8: change management");
		add(CHANGE_WITHOUT_SPONSOR, INFO, "Change initiative {0} has no sponsor",
				"Change without a visible sponsor rarely succeeds.", "Add `sponsor <role>`.", "Responsibility 8: change management");

		// ------------------------------------------------------------ KPIs
		add(KPI_WITHOUT_BASELINE, WARNING, "KPI {0} has no baseline",
				"Without a baseline, improvement cannot be shown.", "Add `baseline <value>`.", "Responsibility 9: measuring impact");
		add(KPI_WITHOUT_TARGET, WARNING, "KPI {0} has no target",
				"Without a target the KPI cannot be rated red, amber or green.", "Add `target <value>`.", "Responsibility 9: measuring impact");
		add(KPI_WITHOUT_UNIT, WARNING, "KPI {0} has no unit",
				"Values without a unit are misread.", "Add `unit <unit>`.", "Responsibility 9: measuring impact");
		add(KPI_TARGET_WRONG_SIDE, ERROR, "KPI {0} should {1} but its target {2} is not beyond its baseline {3}",
				"A target on the wrong side of the baseline for the KPI's direction is a contradiction: reaching it would be a deterioration.",
				"Correct the target, the baseline or the direction.", "Responsibility 9: measuring impact");
		add(KPI_MEASUREMENT_OUTSIDE_HORIZON, WARNING, "KPI {0} has a measurement on {1}, outside the strategy horizon {2}",
				"Measurements belong to the strategy period; others are typing errors or belong to the baseline.",
				"Correct the date or record the value as the baseline.", "Responsibility 9: measuring impact");
		add(KPI_STALE, WARNING, "KPI {0} is measured {1} but its latest measurement ({2}) is older than that on {3}",
				"A KPI whose measurements lag behind its frequency shows an outdated status. The reference date is the rule profile's asOf date, else the latest measurement in the model.",
				"Add the missing measurements or change the frequency.", "Responsibility 9: measuring impact; NIST AI RMF MEASURE-4");
		add(KPI_THRESHOLDS_INCONSISTENT, ERROR, "KPI {0} has inconsistent thresholds for direction {1}: {2}",
				"For `increase` red < amber < target must hold and for `decrease` target < amber < red; otherwise the RAG status is wrong.",
				"Correct the amber and red thresholds.", "Responsibility 9: measuring impact");
		add(KPI_RANGE_INVALID, ERROR, "KPI {0} has direction range but {1}",
				"A target range needs a lower and an upper bound, the lower first.",
				"Write `target <low> to <high>`.", "Responsibility 9: measuring impact");
		add(KPI_FORECAST_MISSES_TARGET, WARNING, "KPI {0} is forecast at {1} by its target date {2}, which misses its target {3}",
				"The KPI scorecard marks a KPI not on track when the forecast of its measurements for its target date misses the target: the objective it measures is likely missed. The forecast is the roadmap engine's, as on the generated scorecard: the least-squares line through the measurements, kept inside the values its unit allows.",
				"Act on the KPI (a new initiative, more effort), or revise its target or target date with a reason.", "Responsibility 9: measuring impact");

		// ------------------------------------------------------------ risks
		add(RISK_HIGH_WITHOUT_CONTROL, ERROR, "Risk {0} scores {1} (likelihood x impact), at or above {2}, and has no control",
				"Risks above the organisation's appetite must be treated (ISO/IEC 42001 6.1.3; NIST AI RMF MANAGE-1.3). A retired control treats nothing and does not count.",
				"Add `controlled by <control>` or lower the rating with evidence.", "ISO/IEC 42001 6.1.3; NIST AI RMF MANAGE-1.3",
				new BigDecimal("12"));
		add(RISK_RESIDUAL_ABOVE_INHERENT, ERROR, "Risk {0} has a residual score {1} above its inherent score {2}",
				"Controls reduce a risk; a residual rating above the inherent one is an assessment error.",
				"Correct the residual or the inherent rating.", "ISO 31000");
		add(RISK_WITHOUT_OWNER, WARNING, "Risk {0} has no owner",
				"Every risk needs an owner accountable for its treatment (ISO 31000; NIST AI RMF GOVERN-2.1).",
				"Add `owner <role>`.", "NIST AI RMF GOVERN-2.1");
		add(RISK_RATING_OUT_OF_SCALE, ERROR, "Risk {0} has a {1} rating outside the 1-5 scale: {2}",
				"Likelihood and impact are rated 1 to 5; other values break the heat map and the scores.",
				"Rate likelihood and impact from 1 to 5.", "Stratagem risk scale");
		add(RISK_WITHOUT_RATING, WARNING, "Risk {0} has no inherent rating",
				"An unrated risk cannot be prioritised or shown on the heat map.",
				"Add `inherent likelihood <1-5> impact <1-5>`.", "ISO 31000");
		add(RISK_RESIDUAL_WITHOUT_CONTROL, WARNING, "Risk {0} has a residual score {1} below its inherent score {2} but no control to reduce it",
				"The residual rating is the risk left after its controls; a risk with no control (or only retired ones) keeps its inherent exposure, so a lower residual rating claims a treatment that the model does not have, and the residual heat map understates the risk.",
				"Add `controlled by <control>`, or rate the residual as the inherent exposure.", "ISO 31000; ISO/IEC 42001 6.1.3");

		// ------------------------------------------------------------ roadmap
		add(ROADMAP_WITHOUT_STRATEGY, WARNING, "Roadmap {0} is not linked to a strategy",
				"A roadmap implements a strategy; without the link its horizon and objectives are unknown.",
				"Add `for <strategy>` to the roadmap.", "Responsibility 1: AI strategy development");
		add(ROADMAP_INITIATIVE_UNSCHEDULED, WARNING, "Initiative {0} has no start date, no dependency and no end with a duration, so it cannot be scheduled",
				"An initiative that neither starts on a date, nor after another initiative, nor ends on a date with a duration cannot be scheduled: the roadmap engine leaves it off the schedule, the Gantt chart and the capacity plan. A dated phase does not give its initiatives a start.",
				"Add `start <date>`, `after <initiative>`, or an `end <date>` with a `duration`.", "Project scheduling");
		add(ROADMAP_DELIVERY_AFTER_NEED, WARNING, "Initiative {0} delivers {1} but ends {2}, after its {3} ({4})",
				"An initiative that delivers a use case or a capability must finish before the use case is deployed or the capability is needed; otherwise the plan is inconsistent. The finish is the roadmap schedule's (as on the generated site): the explicit end, or the start (explicit or allowed by the dependencies) plus the duration.",
				"Start the initiative earlier, shorten it, or move the deployment or availability date.", "Project scheduling");

		add(ROADMAP_INITIATIVE_OUTSIDE_PHASE, WARNING, "Initiative {0} is scheduled from {1} to {2}, outside its phase {3} ({4})",
				"A phase bounds the work it holds; an initiative that starts before or finishes after its phase is reported in the wrong stage and escapes the phase's gate. The dates are the roadmap schedule's (as on the generated site), so an initiative dated by its dependencies is checked too.",
				"Move the initiative to the phase it runs in, or change its start, duration or dependencies.", "Roadmap practice");
		add(ROADMAP_GATE_UNMEASURED, WARNING, "Milestone {0} at {1} is gated on KPI {2}, which has no measurement by then",
				"A gate KPI decides whether the milestone is passed; without a measurement on or before the gate date the decision was taken blind. Only gates due by the reference date are judged: the rule profile's asOf date, else the latest measurement in the model.",
				"Record the KPI's measurement for the gate, or move the milestone.", "Responsibility 9: measuring impact; roadmap practice");
		add(ROADMAP_TEAM_OVER_ALLOCATED, WARNING, "Team {0} is planned above its capacity of {1} person-months a quarter in {2} of roadmap {3}",
				"A quarter in which a team's initiatives need more effort than the team has cannot be delivered as planned; the generated capacity page marks it over-allocated. The load is the roadmap engine's: each initiative's effort spread evenly over the months it is scheduled.",
				"Move or stretch initiatives, give some to another team, or raise the team's capacity.", "Capacity planning");
		add(ROADMAP_SCHEDULE_CONFLICT, WARNING, "Schedule conflict of {0}: {1}",
				"The roadmap engine cannot reconcile these dates as written and lists the conflict on the generated roadmap page: a start before a dependency allows, a duration that disagrees with the start and end, a milestone due before the work it waits for or outside its phase, a dependency on another roadmap's initiative, no duration or a duration of zero, an end before the start its dependencies allow, or scheduled dates outside the strategy horizon (declared dates outside it are STRAT-STRUCT-005).",
				"Correct the dates, durations or dependencies the message names.", "Project scheduling");

		add(ROADMAP_CAPACITY_UNCHECKED, INFO, "Roadmap {1} cannot compare the effort of {0} with a capacity: {2}",
				"The generated capacity page lists the effort it cannot compare with a team's capacity: an initiative with no effort or no team, a team with no capacity. Over-allocated quarters (STRAT-ROADMAP-006) of that effort cannot be seen. The notes are the roadmap engine's capacity plan's.",
				"Add `effort <n> person-months` and `team <team>` to the initiative, or `capacity <n> person-months` to the team.", "Capacity planning");

		// ------------------------------------------------------------ EU AI Act
		add(EUAI_UNACCEPTABLE, ERROR, "Use case {0} is in the unacceptable EU AI Act tier: it is a prohibited practice",
				"AI practices listed in Art. 5 may not be placed on the market, put into service or used in the EU.",
				"Stop the use case, or reassess its tier if it is not a practice of Art. 5(1).", "EU AI Act Art. 5");
		add(EUAI_HIGH_RISK_PROVIDER, ERROR, "High-risk use case {0} has no control satisfying {1}",
				"Providers of high-risk AI systems must meet the requirements of Chapter III Section 2 (Art. 9-15: risk management, data governance, documentation, record-keeping, transparency, human oversight, accuracy and robustness). For a deployed use case only controls with `status operating` count: a planned or implementing control (and one with no status, which is planned) does not yet meet the obligation. A retired control never counts, nor a control of one of its risks that `applies to` other use cases only.",
				"Add a control that `satisfies` the missing articles and `applies to` the use case (or controls one of its risks).",
				"EU AI Act Art. 9-15");
		add(EUAI_HIGH_RISK_DEPLOYER, ERROR, "High-risk use case {0} is used as deployer but no control satisfies {1}",
				"Deployers of high-risk AI systems must use them according to the instructions, assign human oversight and monitor them (Art. 26). For a deployed use case only controls with `status operating` count: a planned or implementing control (and one with no status, which is planned) does not yet meet the obligation. A retired control never counts, nor a control of one of its risks that `applies to` other use cases only.",
				"Add a control that `satisfies` Art26 and `applies to` the use case.", "EU AI Act Art. 26");
		add(EUAI_FRIA, INFO, "High-risk use case {0} is used as deployer; no control satisfies {1} (fundamental rights impact assessment)",
				"Deployers that are public bodies or provide public services, and deployers of Annex III 5(b) and 5(c) systems (credit scoring, life and health insurance pricing), must assess the impact on fundamental rights before use (Art. 27). For a deployed use case only controls with `status operating` count: a planned or implementing control (and one with no status, which is planned) does not yet meet the obligation. A retired control never counts, nor a control of one of its risks that `applies to` other use cases only.",
				"If Art. 27 applies, add a control that `satisfies` Art27; otherwise suppress this finding with the reason.", "EU AI Act Art. 27");
		add(EUAI_LIMITED_TRANSPARENCY, WARNING, "Limited-risk use case {0} has no control satisfying {1} (transparency)",
				"AI systems that interact with people or generate content must disclose that they are AI (Art. 50). For a deployed use case only controls with `status operating` count: a planned or implementing control (and one with no status, which is planned) does not yet meet the obligation. A retired control never counts, nor a control of one of its risks that `applies to` other use cases only.",
				"Add a control that `satisfies` Art50 (or one of its paragraphs) and `applies to` the use case.", "EU AI Act Art. 50");
		add(EUAI_UNCLASSIFIED_IN_USE, WARNING, "Use case {0} is {1} but its EU AI Act tier is not classified",
				"Obligations under the EU AI Act depend on the risk tier; an unclassified system in use may be non-compliant unnoticed.",
				"Add `euAiAct tier <tier>` to the use case.", "EU AI Act Art. 6");

		// ------------------------------------------------------------ OMB M-25-21
		add(OMB_MINIMUM_PRACTICES, ERROR, "High-impact use case {0} lacks minimum practices: {1}",
				"OMB M-25-21 section 4(b) requires each minimum risk management practice for high-impact AI before deployment (testing, impact assessment, monitoring, training, human oversight, remedies and appeals, public consultation). For a deployed use case only controls with `status operating` count: a planned or implementing control (and one with no status, which is planned) does not yet meet the obligation. A retired control never counts, nor a control of one of its risks that `applies to` other use cases only.",
				"Add controls that `satisfy` the missing practices and `apply to` the use case.", "OMB M-25-21 section 4(b)");

		// ------------------------------------------------------------ time bounds
		add(TIME_DATE_OUT_OF_BOUNDS, ERROR, "{0}: {1} {2} is outside the years " + TimeBounds.FIRST_YEAR + " to " + TimeBounds.LAST_YEAR,
				"A strategy plans in decades; a date centuries away is a typing error, and schedules, charts and diagrams drawn to it would span centuries. Charts and diagrams draw only the years "
						+ TimeBounds.FIRST_YEAR + " to " + TimeBounds.LAST_YEAR + ".",
				"Correct the year to one from " + TimeBounds.FIRST_YEAR + " to " + TimeBounds.LAST_YEAR + ".", "Stratagem language (bounded on any input)");
		add(TIME_DURATION_TOO_LONG, ERROR, "{0}: {1} {2} is longer than " + TimeBounds.LONGEST_YEARS + " years",
				"A duration, lag or retention of more than a century is a typing error; the scheduler does not schedule an initiative with one, nor anything that waits for it.",
				"Correct the amount to at most " + TimeBounds.LONGEST_YEARS + " years (36525 days, 5217 weeks, 1200 months or 400 quarters).",
				"Stratagem language (bounded on any input)");

		// ------------------------------------------------------------ NIST and ISO coverage
		add(NIST_FUNCTION_UNCOVERED, INFO, "Strategy {0}: {1} of the {2} NIST AI RMF categories have no control: {3}",
				"The AI RMF organises risk management in the functions GOVERN, MAP, MEASURE and MANAGE; categories no control addresses are gaps of the programme. A retired control addresses nothing and does not count.",
				"Add controls that `satisfy` subcategories of the uncovered categories, or document why they do not apply.", "NIST AI RMF 1.0");
		add(ISO_OBJECTIVE_UNCOVERED, INFO, "Strategy {0}: {1} of the {2} ISO/IEC 42001 Annex A control objectives have no control: {3}",
				"ISO/IEC 42001 requires a statement of applicability over the Annex A controls; a control objective with no control is either excluded with a justification or a gap. A retired control does not count.",
				"Add a control that `satisfies` one of the Annex A controls of each listed objective, or document the exclusion.", "ISO/IEC 42001:2023 Annex A");

		// ------------------------------------------------------------ internal (issue 17, clean outputs)
		add(INT_CHECK_FAILED, ERROR, "Rule check {1} failed on {0}: {2}; please report this",
				"A check stopped with an internal error on this element, so the element is not fully checked: a defect of Stratagem, not of the model. The other elements and checks still ran.",
				"Report the message and the element to the Stratagem project; switch the rule off (STRAT-INT-001.enabled = false) only while waiting for a fix.",
				"Stratagem");
	}

	private RuleCatalogue() {
	}

	private static void add(String code, Severity severity, String message, String explanation, String remedy, String source) {
		add(code, severity, message, explanation, remedy, source, null);
	}

	private static void add(String code, Severity severity, String message, String explanation, String remedy, String source,
			BigDecimal threshold) {
		if (RULES.put(code, new Rule(code, severity, message, explanation, remedy, source, threshold)) != null) {
			throw new IllegalStateException("Rule " + code + " is defined twice");
		}
	}

	/** Every rule, in code order as written. */
	public static List<Rule> rules() {
		return Collections.unmodifiableList(new ArrayList<>(RULES.values()));
	}

	/** The rule of a code, or {@code null}. */
	public static Rule get(String code) {
		return RULES.get(code);
	}

	/** The framework whose rules the code's area holds, or {@code null} for a rule that runs everywhere. */
	public static Framework framework(String code) {
		String area = Rule.areaOf(code);
		return area == null ? null : FRAMEWORK_OF_AREA.get(area);
	}

	public static boolean isKnown(String code) {
		return RULES.containsKey(code);
	}

	/** The areas, in catalogue order. */
	public static Set<String> areas() {
		Set<String> areas = new LinkedHashSet<>();
		RULES.values().forEach(r -> areas.add(r.area()));
		return areas;
	}
}
