package io.stratagem.roadmap.schedule;

import java.time.LocalDate;

import io.stratagem.model.Duration;

/** Calendar arithmetic with model durations: months, quarters and years are calendar units. */
public final class Durations {

	private Durations() {
	}

	/** {@code date} moved forward by {@code duration}; a missing duration is zero. */
	public static LocalDate plus(LocalDate date, Duration duration) {
		return duration == null ? date : shift(date, duration, duration.getAmount());
	}

	/** {@code date} moved back by {@code duration}; a missing duration is zero. */
	public static LocalDate minus(LocalDate date, Duration duration) {
		return duration == null ? date : shift(date, duration, -duration.getAmount());
	}

	private static LocalDate shift(LocalDate date, Duration duration, long amount) {
		switch (duration.getUnit()) {
		case DAYS:
			return date.plusDays(amount);
		case WEEKS:
			return date.plusWeeks(amount);
		case MONTHS:
			return date.plusMonths(amount);
		case QUARTERS:
			return date.plusMonths(3L * amount);
		case YEARS:
			return date.plusYears(amount);
		default:
			throw new IllegalArgumentException("Unknown time unit " + duration.getUnit());
		}
	}

	/** The duration as people write it, e.g. {@code 3 months}. */
	public static String text(Duration duration) {
		return duration == null ? "0 days" : duration.getAmount() + " " + duration.getUnit().getLiteral();
	}
}
