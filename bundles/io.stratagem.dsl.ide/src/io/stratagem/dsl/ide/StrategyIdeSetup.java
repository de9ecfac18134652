/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.ide;

import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;

import io.stratagem.dsl.StrategyRuntimeModule;
import io.stratagem.dsl.StrategyStandaloneSetup;

/**
 * Sets the language up with its IDE services, for language servers; found through
 * {@code META-INF/services/org.eclipse.xtext.ISetup}.
 */
public class StrategyIdeSetup extends StrategyStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new StrategyRuntimeModule(), new StrategyIdeModule()));
	}
}
