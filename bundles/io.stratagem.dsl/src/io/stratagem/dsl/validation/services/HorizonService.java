/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation.services;

import com.google.inject.Singleton;

import io.stratagem.model.Roadmap;
import io.stratagem.model.Strategy;

/** Looks up the strategy horizon that the dates of a model are checked against. */
@Singleton
public class HorizonService {

	/**
	 * The horizon of the model: that of the strategy a roadmap is {@code for}, else that of the
	 * first strategy with a complete horizon; null when no strategy has one or its end is before its
	 * start.
	 */
	public Horizon horizon(ModelIndex index) {
		return index == null ? null : index.derived(HorizonService.class, this::find);
	}

	private Horizon find(ModelIndex index) {
		for (Roadmap roadmap : index.all(Roadmap.class)) {
			Horizon horizon = of(roadmap.getStrategy());
			if (horizon != null) {
				return horizon;
			}
		}
		for (Strategy strategy : index.all(Strategy.class)) {
			Horizon horizon = of(strategy);
			if (horizon != null) {
				return horizon;
			}
		}
		return null;
	}

	/** The horizon of one strategy, or null when incomplete or inverted. */
	public Horizon of(Strategy strategy) {
		if (strategy == null || strategy.eIsProxy() || strategy.getHorizonStart() == null || strategy.getHorizonEnd() == null) {
			return null;
		}
		if (strategy.getHorizonEnd().endsBefore(strategy.getHorizonStart())) {
			return null;
		}
		return new Horizon(strategy, strategy.getHorizonStart(), strategy.getHorizonEnd());
	}
}
