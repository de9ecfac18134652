package io.stratagem.roadmap.capacity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.stratagem.model.Initiative;
import io.stratagem.model.InitiativeStatus;
import io.stratagem.model.Team;
import io.stratagem.model.time.StrategyDate;
import io.stratagem.roadmap.schedule.Schedule;
import io.stratagem.roadmap.schedule.ScheduledInitiative;

/**
 * Compares the effort of scheduled initiatives with the capacity of their teams, per quarter.
 *
 * <p>An initiative's effort (person-months) is spread evenly over the months it runs, a partly
 * covered month counting as the fraction of its days covered: 9 person-months over January to
 * March are 3 a month. Cancelled initiatives are not counted; unscheduled ones cannot be and are
 * noted. A quarter is over-allocated when its load is strictly greater than the team's capacity.
 */
public class CapacityService {

	private static final int SCALE = 6;

	public CapacityPlan plan(Schedule schedule) {
		List<CapacityNote> notes = new ArrayList<>();
		Map<Team, Map<StrategyDate, BigDecimal>> byTeam = new LinkedHashMap<>();
		for (ScheduledInitiative scheduled : schedule.initiatives()) {
			Initiative initiative = scheduled.initiative();
			if (initiative.getStatus() == InitiativeStatus.CANCELLED) {
				continue;
			}
			if (initiative.getEffort() == null) {
				notes.add(new CapacityNote(initiative, initiative.getName() + " has no effort"));
				continue;
			}
			if (initiative.getTeam() == null) {
				notes.add(new CapacityNote(initiative, initiative.getName() + " has no team; its effort is counted as unassigned"));
			}
			Map<StrategyDate, BigDecimal> quarters = byTeam.computeIfAbsent(initiative.getTeam(), t -> new TreeMap<>());
			spread(initiative.getEffort(), scheduled.earlyStart(), scheduled.earlyFinish())
					.forEach((quarter, effort) -> quarters.merge(quarter, effort, BigDecimal::add));
		}
		for (Initiative initiative : schedule.unscheduled()) {
			if (initiative.getEffort() != null && initiative.getStatus() != InitiativeStatus.CANCELLED) {
				notes.add(new CapacityNote(initiative, initiative.getName() + " is not scheduled; its effort is not counted"));
			}
		}
		Set<Team> withoutCapacity = new LinkedHashSet<>();
		List<TeamQuarterLoad> loads = new ArrayList<>();
		List<Team> teams = new ArrayList<>(byTeam.keySet());
		teams.sort(Comparator.nullsLast(Comparator.comparing(Team::getName, Comparator.nullsLast(Comparator.naturalOrder()))));
		for (Team team : teams) {
			BigDecimal capacity = team == null ? null : team.getCapacity();
			if (team != null && capacity == null) {
				withoutCapacity.add(team);
			}
			byTeam.get(team).forEach((quarter, effort) -> {
				BigDecimal load = effort.setScale(SCALE, RoundingMode.HALF_EVEN);
				loads.add(new TeamQuarterLoad(team, quarter, load, capacity, capacity != null && load.compareTo(capacity) > 0));
			});
		}
		for (Team team : withoutCapacity) {
			notes.add(new CapacityNote(team, "Team " + team.getName() + " has no capacity; its load cannot be compared"));
		}
		return new CapacityPlan(loads, loads.stream().filter(TeamQuarterLoad::overAllocated).toList(), notes);
	}

	/** Effort per quarter, each month weighted by the fraction of its days between start and finish. */
	static Map<StrategyDate, BigDecimal> spread(BigDecimal effort, LocalDate start, LocalDate finish) {
		Map<YearMonth, BigDecimal> weights = new LinkedHashMap<>();
		BigDecimal total = BigDecimal.ZERO;
		for (YearMonth month = YearMonth.from(start); !month.isAfter(YearMonth.from(finish)); month = month.plusMonths(1)) {
			LocalDate from = start.isAfter(month.atDay(1)) ? start : month.atDay(1);
			LocalDate to = finish.isBefore(month.atEndOfMonth()) ? finish : month.atEndOfMonth();
			BigDecimal weight = BigDecimal.valueOf(ChronoUnit.DAYS.between(from, to) + 1).divide(BigDecimal.valueOf(month.lengthOfMonth()),
					MathContext.DECIMAL64);
			weights.put(month, weight);
			total = total.add(weight);
		}
		Map<StrategyDate, BigDecimal> result = new TreeMap<>();
		for (Map.Entry<YearMonth, BigDecimal> entry : weights.entrySet()) {
			StrategyDate quarter = StrategyDate.ofQuarter(entry.getKey().getYear(), (entry.getKey().getMonthValue() - 1) / 3 + 1);
			BigDecimal share = effort.multiply(entry.getValue()).divide(total, MathContext.DECIMAL64);
			result.merge(quarter, share, BigDecimal::add);
		}
		return result;
	}
}
