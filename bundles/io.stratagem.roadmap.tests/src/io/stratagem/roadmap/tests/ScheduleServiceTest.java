package io.stratagem.roadmap.tests;

import static io.stratagem.roadmap.tests.Models.FACTORY;
import static io.stratagem.roadmap.tests.Models.after;
import static io.stratagem.roadmap.tests.Models.date;
import static io.stratagem.roadmap.tests.Models.duration;
import static io.stratagem.roadmap.tests.Models.initiative;
import static io.stratagem.roadmap.tests.Models.milestone;
import static io.stratagem.roadmap.tests.Models.months;
import static io.stratagem.roadmap.tests.Models.phase;
import static io.stratagem.roadmap.tests.Models.roadmap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.stratagem.model.DependencyType;
import io.stratagem.model.Initiative;
import io.stratagem.model.Milestone;
import io.stratagem.model.NamedElement;
import io.stratagem.model.Phase;
import io.stratagem.model.Roadmap;
import io.stratagem.model.Strategy;
import io.stratagem.model.TimeUnit;
import io.stratagem.roadmap.schedule.ConflictKind;
import io.stratagem.roadmap.schedule.MilestoneStatus;
import io.stratagem.roadmap.schedule.Schedule;
import io.stratagem.roadmap.schedule.ScheduleConflict;
import io.stratagem.roadmap.schedule.ScheduleService;
import io.stratagem.roadmap.schedule.ScheduledInitiative;

/** Schedule dates, slack and critical path, with expectations computed by hand in the comments. */
class ScheduleServiceTest {

	private final ScheduleService service = new ScheduleService();

	/** Every test plans its initiatives in a roadmap of its own. */
	private final Roadmap roadmap = roadmap();
	private Initiative a;
	private Initiative b;
	private Initiative c;
	private Initiative d;

	/**
	 * A: 2027-01 for 2 months (1 Jan - 28 Feb). B after A, 3 months (1 Mar - 31 May). C starts one
	 * month after A starts, 1 month (1 Feb - 28 Feb). D two weeks after C, 10 days (15 Mar - 24 Mar).
	 */
	private void fourInitiatives() {
		a = initiative(roadmap, "A", "2027-01", months(2));
		b = after(initiative(roadmap, "B", null, months(3)), a);
		c = after(initiative(roadmap, "C", null, months(1)), a, DependencyType.START_TO_START, months(1));
		d = after(initiative(roadmap, "D", null, duration(10, TimeUnit.DAYS)), c, DependencyType.FINISH_TO_START, duration(2, TimeUnit.WEEKS));
	}

	@Test
	void earlyDatesFollowStartsDurationsAndDependencies() {
		fourInitiatives();
		Schedule schedule = service.schedule(roadmap);
		assertEquals(List.of(), schedule.conflicts());
		assertDates(schedule, a, "2027-01-01", "2027-02-28");
		assertDates(schedule, b, "2027-03-01", "2027-05-31");
		assertDates(schedule, c, "2027-02-01", "2027-02-28");
		assertDates(schedule, d, "2027-03-15", "2027-03-24");
		assertEquals(LocalDate.parse("2027-01-01"), schedule.start());
		assertEquals(LocalDate.parse("2027-05-31"), schedule.end());
	}

	/**
	 * End 31 May. D: late finish 31 May, late start 22 May, slack 68 days. C must finish the day
	 * before D's late start minus two weeks: 7 May, slack 68. A is held by B (finish 28 Feb) more
	 * than by C (late start 10 Apr minus 1 month = 10 Mar, plus A's 58 days = 7 May): slack 0.
	 */
	@Test
	void lateDatesAndSlackWithoutHorizon() {
		fourInitiatives();
		Schedule schedule = service.schedule(roadmap);
		ScheduledInitiative sa = schedule.of(a).orElseThrow();
		assertEquals(LocalDate.parse("2027-02-28"), sa.lateFinish());
		assertEquals(0, sa.totalSlack());
		assertEquals(0, schedule.of(b).orElseThrow().totalSlack());
		ScheduledInitiative sc = schedule.of(c).orElseThrow();
		assertEquals(LocalDate.parse("2027-04-10"), sc.lateStart());
		assertEquals(LocalDate.parse("2027-05-07"), sc.lateFinish());
		assertEquals(68, sc.totalSlack());
		ScheduledInitiative sd = schedule.of(d).orElseThrow();
		assertEquals(LocalDate.parse("2027-05-22"), sd.lateStart());
		assertEquals(68, sd.totalSlack());
		assertEquals(List.of(a, b), schedule.criticalPath());
		assertEquals(List.of(true, true, false, false), schedule.initiatives().stream().map(ScheduledInitiative::critical).toList());
	}

	/** With a horizon ending 2027-Q4, B can slip from 31 May to 31 Dec: 214 days, and so can A. */
	@Test
	void lateDatesAreMeasuredAgainstTheStrategyHorizon() {
		fourInitiatives();
		Strategy strategy = FACTORY.createStrategy();
		strategy.setName("S");
		strategy.setHorizonStart(date("2027-Q1"));
		strategy.setHorizonEnd(date("2027-Q4"));
		roadmap.setStrategy(strategy);
		Schedule schedule = service.schedule(roadmap);
		assertEquals(LocalDate.parse("2027-12-31"), schedule.end());
		assertEquals(214, schedule.of(b).orElseThrow().totalSlack());
		assertEquals(214, schedule.of(a).orElseThrow().totalSlack());
		assertEquals(282, schedule.of(d).orElseThrow().totalSlack());
		assertEquals(List.of(a, b), schedule.criticalPath());
	}

	@Test
	void explicitStartEarlierThanADependencyAllowsIsReportedAndKept() {
		a = initiative(roadmap, "A", "2027-01", months(2));
		b = after(initiative(roadmap, "B", "2027-02", months(1)), a);
		assertConflictAndDates(b, ConflictKind.START_BEFORE_DEPENDENCY,
				"B starts on 2027-02-01 but its dependencies allow 2027-03-01 at the earliest", "2027-02-01", "2027-02-28");
	}

	@Test
	void aCycleIsReportedOnceOnItsFirstMemberAndItsDependantsLeftUnscheduled() {
		a = initiative(roadmap, "A", null, months(1));
		b = after(initiative(roadmap, "B", null, months(1)), a);
		after(a, b);
		c = after(initiative(roadmap, "C", null, months(1)), b);
		d = initiative(roadmap, "D", "2027-01", months(1));
		Schedule schedule = service.schedule(roadmap);
		assertEquals(List.of(ConflictKind.DEPENDENCY_CYCLE, ConflictKind.UNSCHEDULED_DEPENDENCY),
				schedule.conflicts().stream().map(ScheduleConflict::kind).toList());
		assertEquals(List.of(a, c), schedule.conflicts().stream().map(ScheduleConflict::element).toList());
		assertEquals("A is part of a dependency cycle through B", schedule.conflicts().get(0).message());
		assertEquals(List.of(a, b, c), schedule.unscheduled());
		assertEquals(List.of(d), schedule.initiatives().stream().map(ScheduledInitiative::initiative).toList());
		assertEquals(List.of(d), schedule.criticalPath());
	}

	@Test
	void selfDependencyIsACycle() {
		a = initiative(roadmap, "A", "2027-01", months(1));
		after(a, a);
		Schedule schedule = service.schedule(roadmap);
		assertEquals(ConflictKind.DEPENDENCY_CYCLE, schedule.conflicts().get(0).kind());
		assertEquals(List.of(a), schedule.unscheduled());
	}

	@Test
	void durationsAndLagsOfMoreThanAHundredYearsAreNotScheduled() {
		a = initiative(roadmap, "A", "2027-01", duration(Integer.MAX_VALUE, TimeUnit.YEARS));
		b = initiative(roadmap, "B", "2027-01", duration(100, TimeUnit.YEARS));
		c = after(initiative(roadmap, "C", null, months(1)), b, DependencyType.FINISH_TO_START, duration(Integer.MAX_VALUE, TimeUnit.YEARS));
		Schedule schedule = service.schedule(roadmap);
		assertEquals(List.of(
				new ScheduleConflict(a, ConflictKind.INVALID_DURATION, "A has a duration of 2147483647 years; a duration must be at most 100 years"),
				new ScheduleConflict(c, ConflictKind.INVALID_DURATION, "C waits for B with a lag of 2147483647 years; a lag must be at most 100 years")),
				schedule.conflicts());
		assertEquals(List.of(a, c), schedule.unscheduled());
		assertDates(schedule, b, "2027-01-01", "2126-12-31");
	}

	@Test
	void missingDatesAreReported() {
		a = initiative(roadmap, "A", "2027-01", null);
		b = initiative(roadmap, "B", null, months(2));
		c = initiative(roadmap, "C", "2027-03", null);
		c.setEnd(date("2027-01"));
		d = initiative(roadmap, "D", "2027-01", months(0));
		Schedule schedule = service.schedule(roadmap);
		assertEquals(List.of(
				new ScheduleConflict(a, ConflictKind.MISSING_DURATION, "A has neither a duration nor an end date"),
				new ScheduleConflict(b, ConflictKind.MISSING_START, "B has no start date, no dependency and no end with a duration, so its start is unknown"),
				new ScheduleConflict(c, ConflictKind.END_BEFORE_START, "C ends on 2027-01-31, before it starts on 2027-03-01"),
				new ScheduleConflict(d, ConflictKind.INVALID_DURATION, "D has a duration of 0 months; a duration must be positive")),
				schedule.conflicts());
		assertEquals(List.of(a, b, c, d), schedule.unscheduled());
		assertNull(schedule.start());
		assertNull(schedule.end());
		assertEquals(List.of(), schedule.criticalPath());
	}

	@Test
	void anEndWithADurationGivesTheStart() {
		a = initiative(roadmap, "A", null, months(3));
		a.setEnd(date("2027-Q2"));
		Schedule schedule = service.schedule(roadmap);
		assertEquals(List.of(), schedule.conflicts());
		assertDates(schedule, a, "2027-04-01", "2027-06-30");
	}

	@Test
	void startEndAndDurationThatDisagreeAreReported() {
		a = initiative(roadmap, "A", "2027-01", months(2));
		a.setEnd(date("2027-06"));
		assertConflictAndDates(a, ConflictKind.DURATION_MISMATCH,
				"A ends on 2027-06-30 but a duration of 2 months from 2027-01-01 ends on 2027-02-28", "2027-01-01", "2027-06-30");
	}

	@Test
	void initiativesOutsideTheirPhaseAreReported() {
		Phase phase = phase(roadmap, "Q1", "2027-Q1", "2027-Q1");
		a = initiative(phase, "A", "2027-03", months(2));
		b = initiative(phase, "B", "2027-01", months(3));
		Schedule schedule = service.schedule(roadmap);
		assertOnlyConflict(schedule, a, ConflictKind.OUTSIDE_PHASE,
				"A runs from 2027-03-01 to 2027-04-30, outside its phase Q1 (2027-01-01 to 2027-03-31)");
		assertEquals(phase, schedule.of(b).orElseThrow().phase());
	}

	@Test
	void initiativesOutsideTheStrategyHorizonAreReported() {
		Strategy strategy = FACTORY.createStrategy();
		strategy.setName("S");
		strategy.setHorizonStart(date("2027-Q1"));
		strategy.setHorizonEnd(date("2027-Q4"));
		roadmap.setStrategy(strategy);
		a = initiative(roadmap, "A", "2027-11", months(3));
		Schedule schedule = service.schedule(roadmap);
		assertOnlyConflict(schedule, a, ConflictKind.OUTSIDE_HORIZON,
				"A runs from 2027-11-01 to 2028-01-31, outside the horizon of strategy S (2027-01-01 to 2027-12-31)");
		assertEquals(-31, schedule.of(a).orElseThrow().totalSlack());
	}

	@Test
	void dependenciesOnInitiativesOfAnotherRoadmapAreReported() {
		Roadmap other = roadmap();
		Initiative foreign = initiative(other, "Foreign", "2027-01", months(1));
		a = after(initiative(roadmap, "A", "2027-01", months(1)), foreign);
		Schedule schedule = service.schedule(roadmap);
		assertOnlyConflict(schedule, a, ConflictKind.FOREIGN_DEPENDENCY,
				"A depends on Foreign, which is not an initiative of roadmap Plan; that dependency is not scheduled");
	}

	@Test
	void lagsInEveryUnit() {
		a = initiative(roadmap, "A", "2027-01-15", duration(1, TimeUnit.DAYS));
		Initiative days = after(initiative(roadmap, "Days", null, months(1)), a, DependencyType.FINISH_TO_START, duration(3, TimeUnit.DAYS));
		Initiative weeks = after(initiative(roadmap, "Weeks", null, months(1)), a, DependencyType.START_TO_START, duration(1, TimeUnit.WEEKS));
		Initiative quarters = after(initiative(roadmap, "Quarters", null, months(1)), a, DependencyType.FINISH_TO_START, duration(1, TimeUnit.QUARTERS));
		Initiative years = after(initiative(roadmap, "Years", null, months(1)), a, DependencyType.START_TO_START, duration(1, TimeUnit.YEARS));
		Schedule schedule = service.schedule(roadmap);
		assertDates(schedule, a, "2027-01-15", "2027-01-15");
		assertDates(schedule, days, "2027-01-19", "2027-02-18");
		assertDates(schedule, weeks, "2027-01-22", "2027-02-21");
		assertDates(schedule, quarters, "2027-04-16", "2027-05-15");
		assertDates(schedule, years, "2028-01-15", "2028-02-14");
	}

	@Test
	void milestonesAreCheckedAgainstTheInitiativesTheyWaitFor() {
		fourInitiatives();
		Milestone early = milestone(roadmap, "Early", "2027-02", a);
		Milestone late = milestone(roadmap, "Late", "2027-04", a, b);
		Schedule schedule = service.schedule(roadmap);
		assertEquals(new MilestoneStatus(early, null, LocalDate.parse("2027-02-28"), LocalDate.parse("2027-02-28"), true), schedule.milestones().get(0));
		assertEquals(new MilestoneStatus(late, null, LocalDate.parse("2027-04-30"), LocalDate.parse("2027-05-31"), false), schedule.milestones().get(1));
		assertOnlyConflict(schedule, late, ConflictKind.MILESTONE_BEFORE_INITIATIVE,
				"Milestone Late is due by 2027-04-30 but B finishes on 2027-05-31");
	}

	@Test
	void milestonesOutsideTheirPhaseAreReported() {
		Phase phase = phase(roadmap, "Q1", "2027-Q1", "2027-Q1");
		a = initiative(phase, "A", "2027-01", months(1));
		Milestone inside = FACTORY.createMilestone();
		inside.setName("Inside");
		inside.setDate(date("2027-03"));
		inside.getAfter().add(a);
		Milestone outside = FACTORY.createMilestone();
		outside.setName("Outside");
		outside.setDate(date("2027-05"));
		phase.getMilestones().addAll(List.of(inside, outside));
		Schedule schedule = service.schedule(roadmap);
		assertOnlyConflict(schedule, outside, ConflictKind.MILESTONE_OUTSIDE_PHASE,
				"Milestone Outside at 2027-05 lies outside its phase Q1 (2027-01-01 to 2027-03-31)");
		assertEquals(new MilestoneStatus(inside, phase, LocalDate.parse("2027-03-31"), LocalDate.parse("2027-01-31"), true), schedule.milestones().get(0));
		assertEquals(new MilestoneStatus(outside, phase, LocalDate.parse("2027-05-31"), null, true), schedule.milestones().get(1));
	}

	@Test
	void criticalPathTiesAreBrokenByDeclarationOrder() {
		a = initiative(roadmap, "A", "2027-01", months(1));
		b = initiative(roadmap, "B", "2027-01", months(1));
		c = after(after(initiative(roadmap, "C", null, months(1)), b), a);
		Schedule schedule = service.schedule(roadmap);
		assertEquals(List.of(b, c), schedule.criticalPath());
		assertTrue(schedule.of(a).orElseThrow().critical());
		assertFalse(schedule.initiatives().isEmpty());
	}

	/** The roadmap's schedule has exactly one conflict, on this initiative, and still gives it these dates. */
	private void assertConflictAndDates(Initiative initiative, ConflictKind kind, String message, String start, String finish) {
		Schedule schedule = service.schedule(roadmap);
		assertOnlyConflict(schedule, initiative, kind, message);
		assertDates(schedule, initiative, start, finish);
	}

	/** The schedule has exactly one conflict: of this kind, on this element, with this message. */
	private static void assertOnlyConflict(Schedule schedule, NamedElement element, ConflictKind kind, String message) {
		assertEquals(List.of(new ScheduleConflict(element, kind, message)), schedule.conflicts());
	}

	private static void assertDates(Schedule schedule, Initiative initiative, String start, String finish) {
		ScheduledInitiative s = schedule.of(initiative).orElseThrow(() -> new AssertionError(initiative.getName() + " is not scheduled"));
		assertEquals(LocalDate.parse(start), s.earlyStart(), initiative.getName() + " start");
		assertEquals(LocalDate.parse(finish), s.earlyFinish(), initiative.getName() + " finish");
	}
}
