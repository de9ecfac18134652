/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.edit;

import org.eclipse.xtext.testing.IInjectorProvider;

import com.google.inject.Injector;

import io.stratagem.dsl.StrategyStandaloneSetup;

/**
 * The language's injector for the session's tests, made once. The provider Xtext generates lives
 * in the DSL's test bundle, which this fragment does not depend on.
 */
public class StrategyInjectorProvider implements IInjectorProvider {

	@Override
	public Injector getInjector() {
		return Holder.INJECTOR;
	}

	private static final class Holder {
		static final Injector INJECTOR = new StrategyStandaloneSetup().createInjectorAndDoEMFRegistration();
	}
}
