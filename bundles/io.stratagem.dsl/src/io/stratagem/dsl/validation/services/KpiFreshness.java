/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation.services;

import java.time.LocalDate;
import java.util.Collection;

import com.google.inject.Singleton;

import io.stratagem.model.Frequency;
import io.stratagem.model.KPI;
import io.stratagem.model.Measurement;
import io.stratagem.model.time.StrategyDate;

/**
 * Freshness of KPI measurements. A KPI is stale when a whole period of its frequency has passed
 * between the end of its latest measurement and the reference ("as of") date. The reference date
 * comes from the model or the rule profile, never from the wall clock.
 */
@Singleton
public class KpiFreshness {

	/** The latest measurement date of a KPI, or null. */
	public StrategyDate latest(KPI kpi) {
		StrategyDate latest = null;
		for (Measurement measurement : kpi.getMeasurements()) {
			if (measurement.getDate() != null && (latest == null || latest.lastDay().isBefore(measurement.getDate().lastDay()))) {
				latest = measurement.getDate();
			}
		}
		return latest;
	}

	/** The latest measurement date of all KPIs, or null. */
	public StrategyDate latestInModel(Collection<KPI> kpis) {
		StrategyDate latest = null;
		for (KPI kpi : kpis) {
			StrategyDate date = latest(kpi);
			if (date != null && (latest == null || latest.lastDay().isBefore(date.lastDay()))) {
				latest = date;
			}
		}
		return latest;
	}

	/** True when the period after {@code latest} ended before {@code asOf} begins. */
	public boolean isStale(StrategyDate latest, Frequency frequency, StrategyDate asOf) {
		LocalDate due = nextDue(latest.lastDay(), frequency);
		return due != null && due.isBefore(asOf.firstDay());
	}

	/** The last day by which the next measurement is due, or null for no frequency. */
	public LocalDate nextDue(LocalDate last, Frequency frequency) {
		if (frequency == null) {
			return null;
		}
		switch (frequency) {
		case WEEKLY:
			return last.plusWeeks(1);
		case MONTHLY:
			return last.plusMonths(1);
		case QUARTERLY:
			return last.plusMonths(3);
		case SEMIANNUALLY:
			return last.plusMonths(6);
		case ANNUALLY:
			return last.plusYears(1);
		default:
			return null;
		}
	}
}
