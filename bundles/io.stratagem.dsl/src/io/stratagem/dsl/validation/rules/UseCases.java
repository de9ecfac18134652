/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation.rules;

import io.stratagem.model.LifecycleStage;
import io.stratagem.model.UseCase;

/** Facts about use cases that several rule areas share. */
final class UseCases {

	private UseCases() {
	}

	/** Piloted or deployed: the AI system is used. */
	static boolean inUse(UseCase useCase) {
		return useCase != null && (useCase.getStage() == LifecycleStage.PILOT || useCase.getStage() == LifecycleStage.DEPLOYED);
	}

	static String stage(UseCase useCase) {
		return useCase.getStage() == null ? "?" : useCase.getStage().getLiteral();
	}
}
