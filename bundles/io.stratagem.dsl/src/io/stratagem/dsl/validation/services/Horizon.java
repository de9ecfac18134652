/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation.services;

import io.stratagem.model.Strategy;
import io.stratagem.model.time.StrategyDate;

/**
 * The period a strategy covers, from the first day of its start to the last day of its end.
 *
 * @param strategy the strategy that declares it
 * @param start    its start, never null
 * @param end      its end, never null
 */
public record Horizon(Strategy strategy, StrategyDate start, StrategyDate end) {

	/** True when the whole span of {@code date} lies in the horizon. */
	public boolean contains(StrategyDate date) {
		return date == null || !date.firstDay().isBefore(start.firstDay()) && !date.lastDay().isAfter(end.lastDay());
	}

	@Override
	public String toString() {
		return start + " to " + end;
	}
}
