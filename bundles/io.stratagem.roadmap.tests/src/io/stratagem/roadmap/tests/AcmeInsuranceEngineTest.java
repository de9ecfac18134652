package io.stratagem.roadmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import io.stratagem.model.Dependency;
import io.stratagem.model.Initiative;
import io.stratagem.model.KPI;
import io.stratagem.model.Risk;
import io.stratagem.model.Roadmap;
import io.stratagem.roadmap.readiness.DimensionReadiness;
import io.stratagem.roadmap.readiness.Readiness;
import io.stratagem.roadmap.readiness.ReadinessService;
import io.stratagem.roadmap.readiness.UseCaseReadiness;
import io.stratagem.model.Framework;
import io.stratagem.roadmap.trace.FrameworkCoverage;
import io.stratagem.roadmap.trace.Traceability;
import io.stratagem.roadmap.trace.TraceabilityService;
import io.stratagem.roadmap.capacity.CapacityPlan;
import io.stratagem.roadmap.capacity.CapacityService;
import io.stratagem.roadmap.capacity.TeamQuarterLoad;
import io.stratagem.roadmap.risk.RiskProfile;
import io.stratagem.roadmap.risk.RiskScore;
import io.stratagem.roadmap.risk.RiskService;
import io.stratagem.roadmap.kpi.KpiStatus;
import io.stratagem.roadmap.kpi.KpiStatusService;
import io.stratagem.roadmap.kpi.Rag;
import io.stratagem.model.UseCase;
import io.stratagem.roadmap.priority.Prioritisation;
import io.stratagem.roadmap.priority.PriorityService;
import io.stratagem.roadmap.priority.RankedUseCase;
import io.stratagem.roadmap.priority.Ranking;
import io.stratagem.roadmap.schedule.Schedule;
import io.stratagem.roadmap.schedule.ScheduleService;
import io.stratagem.roadmap.schedule.ScheduledInitiative;

/** The engine on the realistic example: consistent results and no false conflicts. */
class AcmeInsuranceEngineTest {

	private static Roadmap roadmap() {
		List<Roadmap> roadmaps = AcmeInsurance.all(Roadmap.class);
		assertEquals(1, roadmaps.size());
		return roadmaps.get(0);
	}

	@Test
	void scheduleHasNoConflictsAndEveryInitiativeIsScheduled() {
		Schedule schedule = new ScheduleService().schedule(roadmap());
		assertEquals(List.of(), schedule.conflicts().stream().map(c -> c.kind() + " " + c.message()).toList());
		assertEquals(List.of(), schedule.unscheduled());
		assertEquals(35, schedule.initiatives().size());
		assertTrue(schedule.milestones().stream().allMatch(m -> m.met()), "every milestone is met");
	}

	@Test
	void criticalPathIsAChainOfBindingDependenciesOfLeastSlack() {
		Schedule schedule = new ScheduleService().schedule(roadmap());
		List<Initiative> path = schedule.criticalPath();
		assertFalse(path.isEmpty());
		long leastSlack = schedule.initiatives().stream().mapToLong(ScheduledInitiative::totalSlack).min().orElseThrow();
		for (Initiative initiative : path) {
			ScheduledInitiative s = schedule.of(initiative).orElseThrow();
			assertTrue(s.critical());
			assertEquals(leastSlack, s.totalSlack());
		}
		for (int i = 1; i < path.size(); i++) {
			Initiative previous = path.get(i - 1);
			assertTrue(path.get(i).getDependencies().stream().map(Dependency::getTarget).anyMatch(t -> t == previous),
					path.get(i).getName() + " depends on " + previous.getName());
		}
		ScheduledInitiative last = schedule.of(path.get(path.size() - 1)).orElseThrow();
		assertEquals(schedule.end().minusDays(leastSlack), last.earlyFinish(), "the path ends where the least slack is measured");
		for (ScheduledInitiative s : schedule.initiatives()) {
			assertTrue(s.totalSlack() >= 0, s.initiative().getName() + " has negative slack");
			assertFalse(s.lateStart().isBefore(s.earlyStart()));
		}
	}

	@Test
	void everyUseCaseIsRankedOrListedAndRanksArePermutations() {
		List<UseCase> useCases = AcmeInsurance.all(UseCase.class);
		assertEquals(13, useCases.size());
		Prioritisation prioritisation = new PriorityService().prioritise(useCases);
		for (Ranking ranking : List.of(prioritisation.wsjf(), prioritisation.rice())) {
			assertEquals(13, ranking.ranked().size() + ranking.unrankable().size(), ranking.method() + " covers every use case");
			assertEquals(IntStream.rangeClosed(1, ranking.ranked().size()).boxed().toList(), ranking.ranked().stream().map(RankedUseCase::rank).toList());
			for (int i = 1; i < ranking.ranked().size(); i++) {
				assertTrue(ranking.ranked().get(i - 1).score().compareTo(ranking.ranked().get(i).score()) >= 0, "scores descend");
			}
		}
		assertFalse(prioritisation.wsjf().ranked().isEmpty());
		assertEquals(prioritisation.wsjf().ranked().size(), prioritisation.matrix().placements().size());
	}

	@Test
	void everyKpiIsRatedAndTrendedFromItsMeasurements() {
		List<KPI> kpis = AcmeInsurance.all(KPI.class);
		assertEquals(23, kpis.size());
		for (KpiStatus status : new KpiStatusService().statuses(kpis)) {
			String name = status.kpi().getName();
			if (status.kpi().getMeasurements().isEmpty()) {
				assertEquals(Rag.NO_DATA, status.status(), name);
				continue;
			}
			assertTrue(status.status() != Rag.UNRATED || status.kpi().getAmber() == null, name + " has thresholds");
			if (status.kpi().getMeasurements().size() >= 2) {
				assertTrue(status.trendPerMonth() != null && status.forecast() != null && status.onTrack() != null, name + " is forecast");
			}
		}
	}

	/** kpis.strategy: percentage KPIs stay within 0 to 100 and durations above zero on their target dates. */
	@Test
	void everyForecastOfTheExampleStaysInsideItsUnitsDomain() {
		for (KpiStatus status : new KpiStatusService().statuses(AcmeInsurance.all(KPI.class))) {
			String unit = status.kpi().getUnit();
			Double forecast = status.forecast();
			if (forecast != null && unit.equals("%")) {
				assertTrue(forecast >= 0 && forecast <= 100, status.kpi().getName() + " forecast at " + forecast + " %");
			}
			if (forecast != null && List.of("days", "minutes").contains(unit)) {
				assertTrue(forecast > 0, status.kpi().getName() + " forecast at " + forecast + " " + unit);
			}
		}
	}

	@Test
	void riskHeatMapsCountEveryRatedRiskAndTopRisksDescend() {
		List<Risk> risks = AcmeInsurance.all(Risk.class);
		assertEquals(17, risks.size());
		RiskProfile profile = new RiskService().profile(risks);
		assertEquals(List.of(), profile.problems());
		long open = risks.stream().filter(r -> r.getStatus() != io.stratagem.model.RiskStatus.CLOSED).count();
		assertEquals(open, profile.inherent().total());
		assertEquals(open, profile.residual().total());
		List<RiskScore> top = new RiskService().top(risks, 5);
		assertEquals(5, top.size());
		for (int i = 1; i < top.size(); i++) {
			assertTrue(top.get(i - 1).exposure() >= top.get(i).exposure(), "exposure descends");
		}
		for (RiskScore score : profile.scores()) {
			assertTrue(score.residual() <= score.inherent(), score.risk().getName() + " residual does not exceed inherent");
		}
	}

	@Test
	void capacityCountsTheWholeEffortOfEveryInitiative() {
		Roadmap roadmap = roadmap();
		CapacityPlan plan = new CapacityService().plan(new ScheduleService().schedule(roadmap));
		java.math.BigDecimal planned = AcmeInsurance.all(Initiative.class).stream()
				.filter(i -> i.getEffort() != null && i.getStatus() != io.stratagem.model.InitiativeStatus.CANCELLED)
				.map(Initiative::getEffort).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
		java.math.BigDecimal loaded = plan.loads().stream().map(TeamQuarterLoad::load).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
		assertTrue(planned.subtract(loaded).abs().compareTo(new java.math.BigDecimal("0.001")) < 0, planned + " planned, " + loaded + " loaded");
		assertEquals(List.of(), plan.notes());
		for (TeamQuarterLoad load : plan.overAllocations()) {
			assertTrue(load.load().compareTo(load.capacity()) > 0);
		}
	}

	@Test
	void traceabilityCoversEveryFrameworkTheExampleUses() {
		Traceability trace = new TraceabilityService().trace(AcmeInsurance.resourceSet());
		assertEquals(13, trace.objectiveUseCase().columns().size());
		assertEquals(List.of(), trace.objectiveUseCase().unlinkedColumns(), "every use case serves an objective");
		assertEquals(List.of(Framework.EU_AI_ACT, Framework.NIST_AI_RMF, Framework.ISO42001, Framework.OMB_M2521),
				trace.coverage().stream().map(FrameworkCoverage::framework).toList());
		for (FrameworkCoverage coverage : trace.coverage()) {
			assertEquals(coverage.requirements().size(), coverage.satisfied().size() + coverage.unsatisfied().size());
			assertTrue(coverage.satisfied().containsAll(coverage.evidenced()));
		}
		assertFalse(trace.coverage().get(0).satisfied().isEmpty(), "the example satisfies EU AI Act requirements");
		assertFalse(trace.controlRequirement().links().isEmpty());
		assertFalse(trace.riskControl().links().isEmpty());
		assertFalse(trace.useCaseKpi().links().isEmpty());
	}

	@Test
	void readinessOfEveryUseCaseInEveryDimensionWithReasons() {
		List<EObject> roots = new java.util.ArrayList<>();
		AcmeInsurance.resourceSet().getResources().forEach(r -> roots.addAll(r.getContents()));
		List<UseCaseReadiness> readiness = new ReadinessService().assess(roots);
		assertEquals(13, readiness.size());
		for (UseCaseReadiness useCase : readiness) {
			assertEquals(6, useCase.dimensions().size());
			for (DimensionReadiness dimension : useCase.dimensions()) {
				assertFalse(dimension.reasons().isEmpty(), useCase.useCase().getName() + " " + dimension.dimension() + " says why");
			}
		}
	}

	/**
	 * Judged as a reviewer would (issue 21: all 13 were "at risk" before): the deployed use cases run
	 * with every mandatory control operating and approved reviews, their open items (skills in
	 * training, ISO/IEC 42001 and vendor-exit controls delivered later by initiatives) under way, so
	 * on track; six have a gap nothing planned closes by their go-live. None is blocked, none has
	 * nothing left to do.
	 */
	@Test
	void acmeReadinessSpreadAndWhatMakesEachReady() {
		List<EObject> roots = new java.util.ArrayList<>();
		AcmeInsurance.resourceSet().getResources().forEach(r -> roots.addAll(r.getContents()));
		List<UseCaseReadiness> readiness = new ReadinessService().assess(roots);
		java.util.Map<String, Readiness> overall = new java.util.LinkedHashMap<>();
		readiness.forEach(r -> overall.put(r.useCase().getName(), r.overall()));
		assertEquals(java.util.Map.ofEntries(java.util.Map.entry("ClaimsTriage", Readiness.ON_TRACK), java.util.Map.entry("ClaimsFraudDetection", Readiness.ON_TRACK),
				java.util.Map.entry("DamageAssessment", Readiness.ON_TRACK), java.util.Map.entry("ClaimsCorrespondence", Readiness.AT_RISK),
				java.util.Map.entry("MedicalUnderwritingAssist", Readiness.ON_TRACK), java.util.Map.entry("LifeRiskScoring", Readiness.AT_RISK),
				java.util.Map.entry("LeakPrevention", Readiness.AT_RISK), java.util.Map.entry("BrokerSubmissionAgent", Readiness.AT_RISK),
				java.util.Map.entry("CustomerAssistant", Readiness.ON_TRACK), java.util.Map.entry("CallSummarisation", Readiness.ON_TRACK),
				java.util.Map.entry("NextBestAction", Readiness.AT_RISK), java.util.Map.entry("ReserveForecasting", Readiness.ON_TRACK),
				java.util.Map.entry("CandidateScreening", Readiness.AT_RISK)), overall);
		UseCaseReadiness letters = readiness.stream().filter(r -> r.useCase().getName().equals("ClaimsCorrespondence")).findFirst().orElseThrow();
		assertEquals(List.of("Deliver VendorExitPlans by deployment 2028-01 (ModelPortability finishes later)",
				"Deliver ModelPortabilityTests by deployment 2028-01 (ModelPortability finishes later)",
				"Complete training LLMEngineeringCourse for team ClaimsAnalytics by deployment 2028-01",
				"Deliver AIGeneratedLabel through ClaimsLettersPilot by deployment 2028-01"), letters.actions());
	}

	/**
	 * By hand from roadmap.strategy: ManagementSystemCertification runs 2029-01 for 9 months (to 30
	 * September); AIValueReview starts 6 months after it starts (1 July) and runs 5 months, to 30
	 * November: a month before the horizon ends on 31 December 2029.
	 */
	@Test
	void acmeCriticalPathAndDatesByHand() {
		Schedule schedule = new ScheduleService().schedule(roadmap());
		assertEquals(List.of("ManagementSystemCertification", "AIValueReview"), schedule.criticalPath().stream().map(Initiative::getName).toList());
		assertEquals(java.time.LocalDate.parse("2029-12-31"), schedule.end());
		ScheduledInitiative review = byName(schedule, "AIValueReview");
		assertEquals(java.time.LocalDate.parse("2029-07-01"), review.earlyStart());
		assertEquals(java.time.LocalDate.parse("2029-11-30"), review.earlyFinish());
		assertEquals(31, review.totalSlack());
		ScheduledInitiative gpu = byName(schedule, "GpuProvisioning");
		assertEquals(java.time.LocalDate.parse("2027-03-01"), gpu.earlyStart());
		assertEquals(java.time.LocalDate.parse("2027-05-31"), gpu.earlyFinish());
		ScheduledInitiative letters = byName(schedule, "ClaimsLettersPilot");
		assertEquals(java.time.LocalDate.parse("2027-09-01"), letters.earlyStart());
		assertEquals(java.time.LocalDate.parse("2027-12-31"), letters.earlyFinish());
	}

	/**
	 * WSJF: fraud detection (13 + 5 + 8) / 5 = 5.2, triage (13 + 8 + 3) / 5 = 4.8, ..., next best
	 * action (8 + 2 + 1) / 13 last. RICE: call summaries 900000 x 0.25 x 0.9 / 3 = 67500, claims
	 * letters 250000 x 0.5 x 0.7 / 3 = 29166.67, triage 180000 x 1 x 0.8 / 5 = 28800, customer
	 * assistant 600000 x 0.5 x 0.7 / 8 = 26250.
	 */
	@Test
	void acmeRanksByHand() {
		Prioritisation prioritisation = new PriorityService().prioritise(AcmeInsurance.all(UseCase.class));
		List<String> wsjf = prioritisation.wsjf().ranked().stream().map(r -> r.useCase().getName()).toList();
		assertEquals(List.of("ClaimsFraudDetection", "ClaimsTriage"), wsjf.subList(0, 2));
		assertEquals("NextBestAction", wsjf.get(wsjf.size() - 1));
		assertEquals(0, new java.math.BigDecimal("5.2").compareTo(prioritisation.wsjf().ranked().get(0).score()));
		List<String> rice = prioritisation.rice().ranked().stream().map(r -> r.useCase().getName()).toList();
		assertEquals(List.of("CallSummarisation", "ClaimsCorrespondence", "ClaimsTriage", "CustomerAssistant"), rice.subList(0, 4));
		assertEquals(0, new java.math.BigDecimal("67500").compareTo(prioritisation.rice().ranked().get(0).score()));
		assertEquals(List.of(), prioritisation.wsjf().unrankable());
		assertEquals(List.of(), prioritisation.rice().unrankable());
	}

	private static ScheduledInitiative byName(Schedule schedule, String name) {
		return schedule.initiatives().stream().filter(s -> name.equals(s.initiative().getName())).findFirst().orElseThrow();
	}
}
