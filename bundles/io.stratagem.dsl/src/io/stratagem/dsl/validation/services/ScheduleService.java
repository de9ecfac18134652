/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation.services;

import java.time.LocalDate;

import com.google.inject.Singleton;

import io.stratagem.model.Duration;
import io.stratagem.model.Initiative;
import io.stratagem.model.time.StrategyDate;

/**
 * Dates of initiatives that follow from what is written: an explicit end, or an explicit start
 * plus the duration. Dependencies are not resolved here (that is the roadmap scheduler's job), so
 * rules built on this service only judge what the model states.
 */
@Singleton
public class ScheduleService {

	/** The last day of an initiative when known from its own dates, else null. */
	public LocalDate end(Initiative initiative) {
		if (initiative == null) {
			return null;
		}
		if (initiative.getEnd() != null) {
			return initiative.getEnd().lastDay();
		}
		StrategyDate start = initiative.getStart();
		if (start == null || initiative.getDuration() == null) {
			return null;
		}
		LocalDate after = plus(start.firstDay(), initiative.getDuration());
		return after == null ? null : after.minusDays(1);
	}

	/** {@code day} plus a duration, or null for a duration without unit or a negative amount. */
	public LocalDate plus(LocalDate day, Duration duration) {
		if (day == null || duration == null || duration.getUnit() == null || duration.getAmount() < 0) {
			return null;
		}
		int amount = duration.getAmount();
		switch (duration.getUnit()) {
		case DAYS:
			return day.plusDays(amount);
		case WEEKS:
			return day.plusWeeks(amount);
		case MONTHS:
			return day.plusMonths(amount);
		case QUARTERS:
			return day.plusMonths(3L * amount);
		case YEARS:
			return day.plusYears(amount);
		default:
			return null;
		}
	}
}
