package io.stratagem.roadmap.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.stratagem.model.Direction;
import io.stratagem.model.KPI;
import io.stratagem.model.Measurement;

/**
 * Rates KPIs red/amber/green from their latest measurement and forecasts them from the trend of
 * their measurements, inside the values their unit allows ({@link UnitDomain}, {@link Forecast}).
 *
 * <p>Thresholds are read in the KPI's direction, and a value exactly on a threshold is not beyond
 * it:
 * <ul>
 * <li>increase: below red is red, else below amber is amber, else green;</li>
 * <li>decrease: above red is red, else above amber is amber, else green;</li>
 * <li>target range: amber and red are distances outside [target, targetUpper]; with no thresholds
 * a value outside the range is amber, since nothing says how far is too far.</li>
 * </ul>
 * An increase or decrease KPI with neither threshold, or a range KPI with no target, is
 * {@link Rag#UNRATED}; a KPI with no measurement is {@link Rag#NO_DATA}.
 *
 * <p>Time is measured in months: a measurement sits on the first day of its date (a quarter or
 * month measurement on the first day of that span) and a day counts as its fraction of its month.
 * The forecast is taken on the last day of the target date, the deadline the target sets. It is
 * the least-squares straight line through the measurements, except that it never leaves the
 * unit's domain: a percentage stays within 0 to 100 and a count at zero or more (the line is held
 * at the bound it crosses), and a duration measured above zero is forecast with the same share of
 * change each month (a line through the logarithms), so it stays above zero. A target range is
 * reached when the forecast lies inside the range.
 */
public class KpiStatusService {

	/** The status of every KPI, in the order given. */
	public List<KpiStatus> statuses(Collection<KPI> kpis) {
		return kpis.stream().map(this::status).toList();
	}

	public KpiStatus status(KPI kpi) {
		List<Measurement> measurements = new ArrayList<>();
		for (Measurement measurement : kpi.getMeasurements()) {
			if (measurement.getDate() != null && measurement.getValue() != null) {
				measurements.add(measurement);
			}
		}
		if (measurements.isEmpty()) {
			return new KpiStatus(kpi, Rag.NO_DATA, null, null, null, null);
		}
		Measurement latest = measurements.get(0);
		for (Measurement measurement : measurements) {
			if (measurement.getDate().compareTo(latest.getDate()) >= 0) {
				latest = measurement;
			}
		}
		Double slope = null;
		Forecast forecast = null;
		double[] line = leastSquares(measurements, false);
		if (line != null) {
			slope = line[1];
			if (kpi.getTargetDate() != null) {
				forecast = forecast(measurements, line, months(kpi.getTargetDate().lastDay()), UnitDomain.of(kpi.getUnit()));
			}
		}
		return new KpiStatus(kpi, rate(kpi, latest.getValue()), latest, slope, forecast, onTrack(kpi, forecast == null ? null : forecast.value()));
	}

	/**
	 * The forecast at {@code month} inside the domain: the straight line where it stays inside; for
	 * a duration measured above zero, the line through the logarithms (the same share of change
	 * each month, never zero); otherwise the straight line held at the bound it crosses.
	 */
	private static Forecast forecast(List<Measurement> measurements, double[] line, double month, UnitDomain domain) {
		double straight = line[0] + line[1] * month;
		if (domain == UnitDomain.DURATION && measurements.stream().allMatch(m -> m.getValue().signum() > 0)) {
			double[] logLine = leastSquares(measurements, true);
			return new Forecast(Math.exp(logLine[0] + logLine[1] * month), straight, domain, Forecast.Method.CONSTANT_RATE);
		}
		if (domain.lower != null && straight < domain.lower) {
			return new Forecast(domain.lower, straight, domain, Forecast.Method.HELD_AT_BOUND);
		}
		if (domain.upper != null && straight > domain.upper) {
			return new Forecast(domain.upper, straight, domain, Forecast.Method.HELD_AT_BOUND);
		}
		return new Forecast(straight, straight, domain, Forecast.Method.STRAIGHT_LINE);
	}

	/** The status of one value against the KPI's thresholds. */
	public Rag rate(KPI kpi, BigDecimal value) {
		BigDecimal amber = kpi.getAmber();
		BigDecimal red = kpi.getRed();
		Direction direction = kpi.getDirection();
		if (direction == Direction.TARGET_RANGE) {
			if (kpi.getTarget() == null) {
				return Rag.UNRATED;
			}
			BigDecimal lower = kpi.getTarget();
			BigDecimal upper = kpi.getTargetUpper() == null ? lower : kpi.getTargetUpper();
			BigDecimal distance = lower.subtract(value).max(value.subtract(upper)).max(BigDecimal.ZERO);
			if (amber == null && red == null) {
				return distance.signum() > 0 ? Rag.AMBER : Rag.GREEN;
			}
			return beyond(distance, red, 1) ? Rag.RED : beyond(distance, amber, 1) ? Rag.AMBER : Rag.GREEN;
		}
		if (amber == null && red == null) {
			return Rag.UNRATED;
		}
		int worse = direction == Direction.DECREASE ? 1 : -1;
		return beyond(value, red, worse) ? Rag.RED : beyond(value, amber, worse) ? Rag.AMBER : Rag.GREEN;
	}

	/** Whether {@code value} lies strictly past {@code threshold} on the side {@code worse} (1 above, -1 below). */
	private static boolean beyond(BigDecimal value, BigDecimal threshold, int worse) {
		return threshold != null && value.compareTo(threshold) * worse > 0;
	}

	private static Boolean onTrack(KPI kpi, Double forecast) {
		if (forecast == null || kpi.getTarget() == null) {
			return null;
		}
		double target = kpi.getTarget().doubleValue();
		switch (kpi.getDirection()) {
		case DECREASE:
			return forecast <= target;
		case TARGET_RANGE:
			double upper = kpi.getTargetUpper() == null ? target : kpi.getTargetUpper().doubleValue();
			return forecast >= target && forecast <= upper;
		default:
			return forecast >= target;
		}
	}

	/**
	 * Intercept and slope (per month) of the least-squares line through the values, or through
	 * their natural logarithms; {@code null} with fewer than two distinct dates.
	 */
	private static double[] leastSquares(List<Measurement> measurements, boolean logarithms) {
		int n = measurements.size();
		double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			double value = measurements.get(i).getValue().doubleValue();
			y[i] = logarithms ? Math.log(value) : value;
		}
		double meanX = 0;
		double meanY = 0;
		for (int i = 0; i < n; i++) {
			meanX += months(measurements.get(i).getDate().firstDay());
			meanY += y[i];
		}
		meanX /= n;
		meanY /= n;
		double sxy = 0;
		double sxx = 0;
		for (int i = 0; i < n; i++) {
			double dx = months(measurements.get(i).getDate().firstDay()) - meanX;
			sxy += dx * (y[i] - meanY);
			sxx += dx * dx;
		}
		if (sxx == 0) {
			return null;
		}
		double slope = sxy / sxx;
		return new double[] { meanY - slope * meanX, slope };
	}

	/** Months since January 2000, with the day as a fraction of its month. */
	static double months(LocalDate day) {
		return (day.getYear() - 2000) * 12.0 + day.getMonthValue() - 1 + (day.getDayOfMonth() - 1) / (double) day.lengthOfMonth();
	}
}
