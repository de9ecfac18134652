package io.stratagem.roadmap.kpi;

import java.util.Locale;
import java.util.Set;

/**
 * The values a KPI's unit allows, read from the unit's text (a KPI's unit is free text, so the
 * common spellings are recognised and anything else is left unbounded).
 */
public enum UnitDomain {
	/** "%", "percent", "per cent": from 0 to 100. Percentage points are a difference, so unbounded. */
	PERCENT(0.0, 100.0),
	/** A duration ("days", "minutes", "hours", ...): above zero, as a time to do something cannot be nil. */
	DURATION(0.0, null),
	/** A count, a rate of counts or a ratio ("incidents", "claims per 1000 policies", "A/E ratio"): zero or more. */
	NON_NEGATIVE(0.0, null),
	/** Anything else (money, scores, percentage points): no bound. */
	UNBOUNDED(null, null);

	private static final Set<String> PERCENT_UNITS = Set.of("%", "percent", "per cent");
	private static final Set<String> DURATION_UNITS = Set.of("ms", "milliseconds", "s", "seconds", "min", "minutes", "h", "hours", "days",
			"weeks", "months", "years", "second", "minute", "hour", "day", "week", "month", "year");
	private static final Set<String> COUNT_WORDS = Set.of("count", "number", "ratio", "per", "incidents", "cases", "claims", "people", "users",
			"fte");

	/** The lowest value the unit allows, null for none. */
	public final Double lower;
	/** The highest value the unit allows, null for none. */
	public final Double upper;

	UnitDomain(Double lower, Double upper) {
		this.lower = lower;
		this.upper = upper;
	}

	/** The domain of a unit; {@link #UNBOUNDED} for no unit or one not recognised. */
	public static UnitDomain of(String unit) {
		if (unit == null) {
			return UNBOUNDED;
		}
		String text = unit.trim().toLowerCase(Locale.ROOT);
		if (PERCENT_UNITS.contains(text)) {
			return PERCENT;
		}
		if (DURATION_UNITS.contains(text)) {
			return DURATION;
		}
		for (String word : text.split("[^a-z]+")) {
			if (COUNT_WORDS.contains(word)) {
				return NON_NEGATIVE;
			}
		}
		return UNBOUNDED;
	}
}
