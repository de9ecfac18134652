package io.stratagem.roadmap.capacity;

import java.math.BigDecimal;

import io.stratagem.model.Team;
import io.stratagem.model.time.StrategyDate;

/**
 * The effort planned for one team in one quarter.
 *
 * @param team          the team, or {@code null} for effort of initiatives with no team
 * @param quarter       a quarter-precision date
 * @param load          person-months, rounded to six decimals
 * @param capacity      the team's person-months per quarter, or {@code null} when unknown
 * @param overAllocated whether the load exceeds a known capacity
 */
public record TeamQuarterLoad(Team team, StrategyDate quarter, BigDecimal load, BigDecimal capacity, boolean overAllocated) {
}
