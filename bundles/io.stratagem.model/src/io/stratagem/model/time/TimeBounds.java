/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.model.time;

import java.time.LocalDate;

import io.stratagem.model.Duration;
import io.stratagem.model.TimeUnit;

/**
 * The span of time a strategy model plans in: dates from {@value #FIRST_YEAR} to
 * {@value #LAST_YEAR} and durations of at most {@value #LONGEST_YEARS} years. Validation reports
 * values outside these bounds (STRAT-STRUCT-012, STRAT-STRUCT-013); the scheduler does not
 * schedule with a duration beyond them; charts and diagrams draw only the window from the first
 * to the last day, so that nothing they allocate grows with a typed-in span of millennia.
 */
public final class TimeBounds {

	/** The first year a date may have. */
	public static final int FIRST_YEAR = 1900;

	/** The last year a date may have. */
	public static final int LAST_YEAR = 2200;

	/** The longest duration, in years. */
	public static final int LONGEST_YEARS = 100;

	/** The first day of the window charts and diagrams draw. */
	public static final LocalDate FIRST_DAY = LocalDate.of(FIRST_YEAR, 1, 1);

	/** The last day of the window charts and diagrams draw. */
	public static final LocalDate LAST_DAY = LocalDate.of(LAST_YEAR, 12, 31);

	private TimeBounds() {
	}

	/** Whether the whole span of the date lies in the years {@value #FIRST_YEAR} to {@value #LAST_YEAR}. */
	public static boolean contains(StrategyDate date) {
		return date == null || contains(date.firstDay()) && contains(date.lastDay());
	}

	/** Whether the day lies in the years {@value #FIRST_YEAR} to {@value #LAST_YEAR}. */
	public static boolean contains(LocalDate day) {
		return day == null || !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY);
	}

	/** The day moved into the window from {@link #FIRST_DAY} to {@link #LAST_DAY}. */
	public static LocalDate clamp(LocalDate day) {
		return day.isBefore(FIRST_DAY) ? FIRST_DAY : day.isAfter(LAST_DAY) ? LAST_DAY : day;
	}

	/**
	 * Whether a duration is at most {@value #LONGEST_YEARS} years: 36,525 days, 5,217 weeks, 1,200
	 * months, 400 quarters or 100 years. A missing duration is within bounds.
	 */
	public static boolean isWithin(Duration duration) {
		return duration == null || duration.getUnit() == null || duration.getAmount() <= longest(duration.getUnit());
	}

	/** The longest amount of a unit. */
	public static long longest(TimeUnit unit) {
		return switch (unit) {
		case DAYS -> 36_525L;
		case WEEKS -> 5_217L;
		case MONTHS -> 12L * LONGEST_YEARS;
		case QUARTERS -> 4L * LONGEST_YEARS;
		case YEARS -> LONGEST_YEARS;
		};
	}
}
