/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.ui;

import org.eclipse.ui.plugin.AbstractUIPlugin;

/**
 * Guice bindings of the Eclipse editor. The generated module binds the quick fix provider, which
 * delegates to the language server's {@code RuleFixes}; content assist uses the generic IDE
 * parser of {@code io.stratagem.dsl.ide}.
 */
public class StrategyUiModule extends AbstractStrategyUiModule {

	public StrategyUiModule(AbstractUIPlugin plugin) {
		super(plugin);
	}
}
