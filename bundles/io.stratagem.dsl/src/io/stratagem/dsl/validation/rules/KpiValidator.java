/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import io.stratagem.dsl.validation.AbstractRuleValidator;
import io.stratagem.dsl.validation.services.Horizon;
import io.stratagem.dsl.validation.services.KpiFreshness;
import io.stratagem.model.Direction;
import io.stratagem.model.Frequency;
import io.stratagem.model.KPI;
import io.stratagem.model.Measurement;
import io.stratagem.model.StratagemPackage.Literals;
import io.stratagem.model.time.StrategyDate;
import io.stratagem.roadmap.kpi.KpiStatus;
import io.stratagem.roadmap.kpi.KpiStatusService;

import com.google.inject.Inject;

/** Rules of area KPI: completeness, direction, thresholds and measurements. */
public class KpiValidator extends AbstractRuleValidator {

	@Inject
	private KpiFreshness freshness;

	@Check(CheckType.FAST)
	public void baseline(KPI kpi) {
		if (kpi.getBaseline() == null) {
			report(KPI_WITHOUT_BASELINE, kpi, null, name(kpi));
		}
	}

	@Check(CheckType.FAST)
	public void target(KPI kpi) {
		if (kpi.getTarget() == null) {
			report(KPI_WITHOUT_TARGET, kpi, null, name(kpi));
		}
	}

	@Check(CheckType.FAST)
	public void unit(KPI kpi) {
		if (kpi.getUnit() == null || kpi.getUnit().isBlank()) {
			report(KPI_WITHOUT_UNIT, kpi, null, name(kpi));
		}
	}

	@Check(CheckType.FAST)
	public void targetBeyondBaseline(KPI kpi) {
		BigDecimal baseline = kpi.getBaseline();
		BigDecimal target = kpi.getTarget();
		if (baseline == null || target == null || kpi.getDirection() == Direction.TARGET_RANGE) {
			return;
		}
		boolean increase = kpi.getDirection() != Direction.DECREASE;
		int comparison = target.compareTo(baseline);
		if (increase ? comparison <= 0 : comparison >= 0) {
			report(KPI_TARGET_WRONG_SIDE, kpi, Literals.KPI__TARGET, name(kpi), increase ? "increase" : "decrease", target.toPlainString(),
					baseline.toPlainString());
		}
	}

	@Check(CheckType.NORMAL)
	public void measurementsInHorizon(KPI kpi) {
		Horizon horizon = horizon(kpi);
		if (horizon == null) {
			return;
		}
		for (Measurement measurement : kpi.getMeasurements()) {
			if (measurement.getDate() != null && !horizon.contains(measurement.getDate())) {
				report(KPI_MEASUREMENT_OUTSIDE_HORIZON, measurement, Literals.MEASUREMENT__DATE, name(kpi), measurement.getDate().toString(),
						horizon.toString());
			}
		}
	}

	private static final String LATEST_MEASUREMENT = KpiValidator.class.getName() + ".latest";

	@Check(CheckType.NORMAL)
	public void fresh(KPI kpi) {
		if (kpi.getFrequency() == null || kpi.getFrequency() == Frequency.UNSPECIFIED) {
			return;
		}
		StrategyDate latest = freshness.latest(kpi);
		if (latest == null) {
			return;
		}
		StrategyDate asOf = profile(kpi).asOf();
		if (asOf == null) {
			asOf = index(kpi).derived(LATEST_MEASUREMENT, index -> freshness.latestInModel(index.all(KPI.class)));
		}
		if (asOf != null && freshness.isStale(latest, kpi.getFrequency(), asOf)) {
			report(KPI_STALE, kpi, Literals.KPI__FREQUENCY, name(kpi), kpi.getFrequency().getLiteral(), latest.toString(), asOf.toString());
		}
	}

	@Check(CheckType.FAST)
	public void thresholdsConsistent(KPI kpi) {
		if (kpi.getDirection() == Direction.TARGET_RANGE || kpi.getAmber() == null && kpi.getRed() == null) {
			return;
		}
		boolean increase = kpi.getDirection() != Direction.DECREASE;
		List<String> problems = new ArrayList<>();
		BigDecimal amber = kpi.getAmber();
		BigDecimal red = kpi.getRed();
		BigDecimal target = kpi.getTarget();
		if (amber != null && red != null && (increase ? red.compareTo(amber) >= 0 : red.compareTo(amber) <= 0)) {
			problems.add("red " + red.toPlainString() + (increase ? " is not below" : " is not above") + " amber " + amber.toPlainString());
		}
		BigDecimal nearest = amber != null ? amber : red;
		String nearestName = amber != null ? "amber" : "red";
		if (nearest != null && target != null && (increase ? nearest.compareTo(target) >= 0 : nearest.compareTo(target) <= 0)) {
			problems.add(nearestName + " " + nearest.toPlainString() + (increase ? " is not below" : " is not above") + " target " + target.toPlainString());
		}
		if (!problems.isEmpty()) {
			report(KPI_THRESHOLDS_INCONSISTENT, kpi, amber != null ? Literals.KPI__AMBER : Literals.KPI__RED, name(kpi),
					increase ? "increase" : "decrease", String.join("; ", problems));
		}
	}

	@Check(CheckType.FAST)
	public void rangeValid(KPI kpi) {
		if (kpi.getDirection() != Direction.TARGET_RANGE || kpi.getTarget() == null) {
			return;
		}
		if (kpi.getTargetUpper() == null) {
			report(KPI_RANGE_INVALID, kpi, Literals.KPI__TARGET, name(kpi), "its target has no upper bound");
		} else if (kpi.getTargetUpper().compareTo(kpi.getTarget()) < 0) {
			report(KPI_RANGE_INVALID, kpi, Literals.KPI__TARGET_UPPER, name(kpi),
					"its upper bound " + kpi.getTargetUpper().toPlainString() + " is below its lower bound " + kpi.getTarget().toPlainString());
		}
	}

	/** The roadmap engine's KPI status (the generated scorecard's); stateless. */
	private final KpiStatusService statuses = new KpiStatusService();

	/** The scorecard's "not on track": the forecast for the target date misses the target. */
	@Check(CheckType.NORMAL)
	public void forecastReachesTarget(KPI kpi) {
		if (kpi.getTargetDate() == null || kpi.getTarget() == null || kpi.getMeasurements().size() < 2) {
			return;
		}
		KpiStatus status = statuses.status(kpi);
		if (Boolean.FALSE.equals(status.onTrack())) {
			String target = kpi.getDirection() == Direction.TARGET_RANGE && kpi.getTargetUpper() != null
					? kpi.getTarget().toPlainString() + " to " + kpi.getTargetUpper().toPlainString()
					: kpi.getTarget().toPlainString();
			report(KPI_FORECAST_MISSES_TARGET, kpi, Literals.KPI__TARGET, name(kpi), twoDecimals(status.forecast()),
					kpi.getTargetDate().toString(), target);
		}
	}

	/**
	 * {@code value} with two decimals, as {@code String.format(Locale.ROOT, "%.2f", value)} writes it.
	 * With {@link Locale#US} the JDK's formatter writes the digit zero and the decimal point without
	 * looking up the locale's symbols (twice per number, a third of this rule's time on a large
	 * model); the root locale's symbols are the same two characters.
	 */
	public static String twoDecimals(double value) {
		return String.format(Locale.US, "%.2f", value);
	}
}
