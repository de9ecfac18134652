/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench;

import com.google.inject.Injector;

import io.stratagem.dsl.ide.StrategyIdeSetup;
import io.stratagem.workspace.load.PathDisplay;

/**
 * The language's services for the whole workbench: one injector per process, because EMF's
 * validator registry keeps the validator of the first injector created. The IDE setup is created
 * explicitly: ServiceLoader does not see it inside OSGi.
 */
public final class StrategyLanguage {

	private static Injector injector;

	private StrategyLanguage() {
	}

	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new StrategyIdeSetup().createInjectorAndDoEMFRegistration();
			// findings name their files absolutely: the workbench has no meaningful working directory
			injector.getInstance(PathDisplay.class).setBase(null);
		}
		return injector;
	}
}
