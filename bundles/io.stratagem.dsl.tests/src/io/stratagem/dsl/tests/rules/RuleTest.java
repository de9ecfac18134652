package io.stratagem.dsl.tests.rules;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import io.stratagem.dsl.tests.StrategyInjectorProvider;
import io.stratagem.dsl.tests.Workspace;

/**
 * What the tests of the rules of one area share: a workspace, and the findings of one rule on a
 * model of one file.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
abstract class RuleTest {

	@Inject
	protected Workspace workspace;

	/** The findings of the rule {@code code} on a model of one file, m.strategy, that holds {@code text}. */
	protected List<String> findings(String code, String text) {
		return workspace.empty().add("m.strategy", text).link().findings(code);
	}
}
