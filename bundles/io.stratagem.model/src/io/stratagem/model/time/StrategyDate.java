package io.stratagem.model.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar point as strategy documents write it: a quarter ({@code 2027-Q1}), a month
 * ({@code 2027-03}) or a day ({@code 2027-03-15}). A quarter or a month stands for its whole
 * span, so {@link #firstDay()} and {@link #lastDay()} differ unless the precision is a day.
 *
 * <p>Immutable value type; {@link #valueOf(String)} and {@link #toString()} are the EMF string
 * conversions of the {@code Date} data type and round-trip exactly.
 */
public final class StrategyDate implements Comparable<StrategyDate> {

	/** How precisely a date was written. */
	public enum Precision {
		QUARTER, MONTH, DAY
	}

	/** The forms a date may take, as shown to users in error messages. */
	public static final String FORMATS = "a quarter (2027-Q1), a month (2027-03) or a day (2027-03-15)";

	private static final Pattern SYNTAX = Pattern.compile("(\\d{4})-(?:[Qq](\\d)|(\\d{2})(?:-(\\d{2}))?)");

	private final Precision precision;
	private final LocalDate firstDay;

	private StrategyDate(Precision precision, LocalDate firstDay) {
		this.precision = precision;
		this.firstDay = firstDay;
	}

	public static StrategyDate ofQuarter(int year, int quarter) {
		if (quarter < 1 || quarter > 4) {
			throw new IllegalArgumentException("quarter must be Q1 to Q4, not Q" + quarter);
		}
		return new StrategyDate(Precision.QUARTER, LocalDate.of(year, (quarter - 1) * 3 + 1, 1));
	}

	public static StrategyDate ofMonth(int year, int month) {
		if (month < 1 || month > 12) {
			throw new IllegalArgumentException("month must be 01 to 12, not " + twoDigits(month));
		}
		return new StrategyDate(Precision.MONTH, LocalDate.of(year, month, 1));
	}

	public static StrategyDate ofDay(LocalDate day) {
		return new StrategyDate(Precision.DAY, Objects.requireNonNull(day, "day"));
	}

	/**
	 * Parses a quarter, month or day.
	 *
	 * @throws IllegalArgumentException with a message that says what is wrong and which forms are
	 *                                  accepted
	 */
	public static StrategyDate parse(String text) {
		if (text == null) {
			throw new IllegalArgumentException("a date is missing: write " + FORMATS);
		}
		Matcher m = SYNTAX.matcher(text.trim());
		if (!m.matches()) {
			throw new IllegalArgumentException("'" + text + "' is not a date: write " + FORMATS);
		}
		int year = Integer.parseInt(m.group(1));
		try {
			if (m.group(2) != null) {
				return ofQuarter(year, Integer.parseInt(m.group(2)));
			}
			int month = Integer.parseInt(m.group(3));
			if (m.group(4) == null) {
				return ofMonth(year, month);
			}
			if (month < 1 || month > 12) {
				throw new IllegalArgumentException("month must be 01 to 12, not " + m.group(3));
			}
			int day = Integer.parseInt(m.group(4));
			int length = YearMonth.of(year, month).lengthOfMonth();
			if (day < 1 || day > length) {
				throw new IllegalArgumentException("day must be 01 to " + length + " in " + YearMonth.of(year, month) + ", not " + m.group(4));
			}
			return ofDay(LocalDate.of(year, month, day));
		} catch (IllegalArgumentException | DateTimeException e) {
			throw new IllegalArgumentException("'" + text + "' is not a valid date: " + e.getMessage(), e);
		}
	}

	/** EMF's string conversion hook for the {@code Date} data type. */
	public static StrategyDate valueOf(String text) {
		return parse(text);
	}

	public Precision precision() {
		return precision;
	}

	public int year() {
		return firstDay.getYear();
	}

	/** The quarter, 1 to 4, that contains this date. */
	public int quarter() {
		return (firstDay.getMonthValue() - 1) / 3 + 1;
	}

	/** The first day of the span this date stands for. */
	public LocalDate firstDay() {
		return firstDay;
	}

	/** The last day of the span this date stands for. */
	public LocalDate lastDay() {
		switch (precision) {
		case QUARTER:
			return firstDay.plusMonths(3).minusDays(1);
		case MONTH:
			return firstDay.plusMonths(1).minusDays(1);
		default:
			return firstDay;
		}
	}

	/** True when this date's whole span lies on or before the start of {@code other}'s span. */
	public boolean endsBefore(StrategyDate other) {
		return lastDay().isBefore(other.firstDay());
	}

	@Override
	public int compareTo(StrategyDate other) {
		int byDay = firstDay.compareTo(other.firstDay);
		return byDay != 0 ? byDay : lastDay().compareTo(other.lastDay());
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof StrategyDate other && precision == other.precision && firstDay.equals(other.firstDay);
	}

	@Override
	public int hashCode() {
		return Objects.hash(precision, firstDay);
	}

	/** The canonical text: {@code 2027-Q1}, {@code 2027-03} or {@code 2027-03-15}. */
	@Override
	public String toString() {
		switch (precision) {
		case QUARTER:
			return year() + "-Q" + quarter();
		case MONTH:
			return year() + "-" + twoDigits(firstDay.getMonthValue());
		default:
			return firstDay.toString();
		}
	}

	private static String twoDigits(int value) {
		return value < 10 && value >= 0 ? "0" + value : Integer.toString(value);
	}
}
