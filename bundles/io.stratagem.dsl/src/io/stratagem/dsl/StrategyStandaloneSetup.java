/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl;

import org.eclipse.emf.ecore.EPackage;

import com.google.inject.Injector;

import io.stratagem.model.StratagemPackage;

/** Sets the language up outside OSGi: command line, Maven plugin, tests and servers. */
public class StrategyStandaloneSetup extends StrategyStandaloneSetupGenerated {

	public static Injector doSetup() {
		return new StrategyStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		// plugin.xml is not read outside OSGi: register the imported metamodel, or linking fails
		// with unresolved proxies.
		EPackage.Registry.INSTANCE.putIfAbsent(StratagemPackage.eNS_URI, StratagemPackage.eINSTANCE);
		return super.createInjectorAndDoEMFRegistration();
	}
}
