/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation.services;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;

import com.google.inject.Singleton;

import io.stratagem.model.Framework;
import io.stratagem.model.Strategy;
import io.stratagem.model.StrategyModel;
import io.stratagem.model.UseCase;

/**
 * Which frameworks apply to an element, as the model states with {@code frameworks ...}: a use
 * case's own statement, else its strategy's; the strategy of an element is the one declared in
 * its file, else every strategy of the model. Nothing stated (or a strategy that states nothing)
 * means every framework applies, so that models written before the statement keep their findings.
 */
@Singleton
public class ApplicableFrameworks {

	private static final Set<Framework> ALL = EnumSet.allOf(Framework.class);

	/** Whether the framework applies to the element (and so its rules run on it). */
	public boolean applies(Framework framework, EObject element, ModelIndex index) {
		return of(element, index).contains(framework);
	}

	/** The frameworks that apply to the element. */
	public Set<Framework> of(EObject element, ModelIndex index) {
		UseCase useCase = EcoreUtil2.getContainerOfType(element, UseCase.class);
		if (useCase != null && !useCase.getFrameworks().isEmpty()) {
			return EnumSet.copyOf(useCase.getFrameworks());
		}
		Strategy strategy = EcoreUtil2.getContainerOfType(element, Strategy.class);
		if (strategy != null) {
			return stated(strategy);
		}
		List<Strategy> strategies = strategiesOf(element);
		if (strategies.isEmpty() && index != null) {
			strategies = index.all(Strategy.class);
		}
		if (strategies.isEmpty()) {
			return ALL;
		}
		Set<Framework> result = EnumSet.noneOf(Framework.class);
		for (Strategy each : strategies) {
			result.addAll(stated(each));
		}
		return result;
	}

	private static Set<Framework> stated(Strategy strategy) {
		return strategy.getFrameworks().isEmpty() ? ALL : EnumSet.copyOf(strategy.getFrameworks());
	}

	/** The strategies declared in the element's file. */
	private static List<Strategy> strategiesOf(EObject element) {
		EObject root = element == null ? null : EcoreUtil.getRootContainer(element);
		if (!(root instanceof StrategyModel model)) {
			return List.of();
		}
		return model.getElements().stream().filter(Strategy.class::isInstance).map(Strategy.class::cast).toList();
	}
}
