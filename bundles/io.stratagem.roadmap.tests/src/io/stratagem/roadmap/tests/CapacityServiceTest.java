package io.stratagem.roadmap.tests;

import static io.stratagem.roadmap.tests.Models.FACTORY;
import static io.stratagem.roadmap.tests.Models.date;
import static io.stratagem.roadmap.tests.Models.initiative;
import static io.stratagem.roadmap.tests.Models.months;
import static io.stratagem.roadmap.tests.Models.roadmap;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.stratagem.model.Initiative;
import io.stratagem.model.InitiativeStatus;
import io.stratagem.model.Roadmap;
import io.stratagem.model.Team;
import io.stratagem.roadmap.capacity.CapacityNote;
import io.stratagem.roadmap.capacity.CapacityPlan;
import io.stratagem.roadmap.capacity.CapacityService;
import io.stratagem.roadmap.capacity.TeamQuarterLoad;
import io.stratagem.roadmap.schedule.ScheduleService;

/** Effort spread over months and summed per team and quarter, by hand. */
class CapacityServiceTest {

	private final CapacityService service = new CapacityService();

	/*
	 * Team T, 6 person-months a quarter.
	 *   I1: January to March, 9 person-months: 3 a month, Q1 9.
	 *   I2: February to May, 8 person-months: 2 a month, Q1 4, Q2 4.
	 * Team U, no capacity.
	 *   I3: 16 April to 15 May, 6 person-months: April weighs 15/30, May 15/31; all of it in Q2.
	 * No team: I4, January, 2 person-months.
	 * I5 (team T) is cancelled and not counted.
	 */
	@Test
	void effortPerTeamAndQuarterAgainstCapacity() {
		Roadmap roadmap = roadmap();
		Team t = team("T", "6");
		Team u = team("U", null);
		Initiative i1 = work(initiative(roadmap, "I1", "2027-01", months(3)), t, "9");
		work(initiative(roadmap, "I2", "2027-02", months(4)), t, "8");
		work(initiative(roadmap, "I3", "2027-04-16", months(1)), u, "6");
		Initiative i4 = work(initiative(roadmap, "I4", "2027-01", months(1)), null, "2");
		work(initiative(roadmap, "I5", "2027-01", months(1)), t, "100").setStatus(InitiativeStatus.CANCELLED);
		CapacityPlan plan = service.plan(new ScheduleService().schedule(roadmap));
		assertEquals(List.of(
				load(t, "2027-Q1", "13", "6", true),
				load(t, "2027-Q2", "4", "6", false),
				load(u, "2027-Q2", "6", null, false),
				load(null, "2027-Q1", "2", null, false)), plan.loads());
		assertEquals(List.of(plan.loads().get(0)), plan.overAllocations());
		assertEquals(List.of(new CapacityNote(i4, "I4 has no team; its effort is counted as unassigned"),
				new CapacityNote(u, "Team U has no capacity; its load cannot be compared")), plan.notes());
		assertEquals(i1.getTeam(), plan.overAllocations().get(0).team());
	}

	/** April: 3 x 31 / 30.5 = 3.049180..., May: 90 / 30.5 = 2.950819...; together 6. */
	@Test
	void partialMonthsArePaidProRata() {
		Roadmap roadmap = roadmap();
		Team t = team("T", "1");
		work(initiative(roadmap, "I", "2027-04-16", months(1)), t, "6");
		work(initiative(roadmap, "J", "2027-03-17", months(1)), t, "6.2");
		CapacityPlan plan = service.plan(new ScheduleService().schedule(roadmap));
		// J runs 17 March to 16 April: March weighs 15/31, April 16/30; 6.2 x (15/31) / (15/31 + 16/30) = 2.95...
		BigDecimal marchWeight = new BigDecimal("15").divide(new BigDecimal("31"), java.math.MathContext.DECIMAL64);
		BigDecimal aprilWeight = new BigDecimal("16").divide(new BigDecimal("30"), java.math.MathContext.DECIMAL64);
		BigDecimal march = new BigDecimal("6.2").multiply(marchWeight).divide(marchWeight.add(aprilWeight), java.math.MathContext.DECIMAL64);
		assertEquals(march.setScale(6, java.math.RoundingMode.HALF_EVEN), plan.loads().get(0).load());
		assertEquals(new BigDecimal("6").add(new BigDecimal("6.2")).subtract(march).setScale(6, java.math.RoundingMode.HALF_EVEN),
				plan.loads().get(1).load());
	}

	@Test
	void unscheduledEffortIsNoted() {
		Roadmap roadmap = roadmap();
		Initiative lost = work(initiative(roadmap, "Lost", "2027-01", null), team("T", "6"), "3");
		CapacityPlan plan = service.plan(new ScheduleService().schedule(roadmap));
		assertEquals(List.of(), plan.loads());
		assertEquals(List.of(new CapacityNote(lost, "Lost is not scheduled; its effort is not counted")), plan.notes());
	}

	private static TeamQuarterLoad load(Team team, String quarter, String load, String capacity, boolean over) {
		return new TeamQuarterLoad(team, date(quarter), new BigDecimal(load).setScale(6), capacity == null ? null : new BigDecimal(capacity), over);
	}

	private static Initiative work(Initiative initiative, Team team, String effort) {
		initiative.setTeam(team);
		initiative.setEffort(new BigDecimal(effort));
		return initiative;
	}

	private static Team team(String name, String capacity) {
		Team team = FACTORY.createTeam();
		team.setName(name);
		team.setCapacity(capacity == null ? null : new BigDecimal(capacity));
		return team;
	}
}
