package io.stratagem.roadmap.kpi;

import java.util.Locale;

/**
 * A KPI's value forecast for the last day of its target date, from its measurements, inside the
 * values its unit allows.
 *
 * @param value    the forecast, within the domain
 * @param line     the value of the least-squares straight line through the measurements on that
 *                 day, before any bound is applied (equal to {@code value} for
 *                 {@link Method#STRAIGHT_LINE})
 * @param domain   the values the KPI's unit allows
 * @param method   how the value was worked out
 */
public record Forecast(double value, double line, UnitDomain domain, Method method) {

	/** How a forecast is worked out. */
	public enum Method {
		/** The least-squares straight line through the measurements, extended to the target date. */
		STRAIGHT_LINE,
		/** The straight line left the unit's range before the target date: the forecast is held at the bound it crossed. */
		HELD_AT_BOUND,
		/**
		 * A duration: the straight line is fit to the logarithms of the values, so the duration
		 * changes by the same share each month and stays above zero (used when every measurement
		 * is above zero).
		 */
		CONSTANT_RATE
	}

	/** How the forecast was computed, in a sentence for readers of the scorecard. */
	public String explanation() {
		return switch (method) {
		case STRAIGHT_LINE -> "straight line through the measurements";
		case HELD_AT_BOUND -> String.format(Locale.ROOT, "straight line (%.2f) held at the unit's %s", line,
				domain.upper != null && value == domain.upper ? "maximum" : "minimum");
		case CONSTANT_RATE -> "same share of change each month (a duration stays above zero)";
		};
	}
}
