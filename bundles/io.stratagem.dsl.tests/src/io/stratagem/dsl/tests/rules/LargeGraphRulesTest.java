package io.stratagem.dsl.tests.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import io.stratagem.dsl.tests.StrategyInjectorProvider;
import io.stratagem.dsl.tests.Workspace;
import io.stratagem.testing.SmallStack;

/**
 * The cycle rules stay bounded on long chains and cycles of references: one finding per cycle, on
 * its first member, with a message of at most ten names; a long chain validates in time linear in
 * its length (the command line's test, LargeModelsTest, runs 100,000) on a small stack. The
 * deadline only guards against a hang (the old rules took quadratic time).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class LargeGraphRulesTest {

	private static final Duration HANG_GUARD = Duration.ofSeconds(60);

	@Inject
	private Workspace workspace;

	/** {@code count} declarations, the i-th made by {@code line} from i. */
	private static String lines(int count, java.util.function.IntFunction<String> line) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			text.append(line.apply(i)).append('\n');
		}
		return text.toString();
	}

	/**
	 * The findings of one rule, validated on a thread with a 512 KB stack (a recursion as deep as
	 * the chains below overflows it); fails when validation throws or does not end in time.
	 */
	private List<String> findings(String code, String text) throws InterruptedException {
		return SmallStack.run(() -> workspace.empty().add("m.strategy", text).link().findings(code), HANG_GUARD);
	}

	@Test
	void aCycleOf10000UnitsIsOneFindingOnItsFirstUnitWithTenNames() throws InterruptedException {
		int n = 10_000;
		assertEquals(List.of("m.strategy:1 ERROR STRAT-STRUCT-011 BusinessUnit U0: Business unit U0 is part of itself through "
				+ "U0 -> U1 -> U2 -> U3 -> U4 -> U5 -> U6 -> U7 -> U8 -> U9 -> … and 9990 more -> U0"),
				findings(STRUCT_UNIT_CYCLE, lines(n, i -> "unit U" + i + " { part of U" + (i + 1) % n + " }")));
	}

	@Test
	void aCycleOf10000InitiativesIsOneFindingOnItsFirstInitiative() throws InterruptedException {
		int n = 10_000;
		String text = "roadmap R {\n" + lines(n, i -> "initiative I" + i + " { after I" + (i + 1) % n + " }") + "}\n";
		assertEquals(List.of("m.strategy:2 ERROR STRAT-STRUCT-003 Initiative I0: Initiative I0 depends on itself through "
				+ "I0 -> I1 -> I2 -> I3 -> I4 -> I5 -> I6 -> I7 -> I8 -> I9 -> … and 9990 more -> I0"), findings(STRUCT_DEPENDENCY_CYCLE, text));
	}

	/** Declared from its end, so that walking the dependencies in file order goes as deep as the chain. */
	@Test
	void aChainOf30000InitiativesHasNoCycle() throws InterruptedException {
		String text = "roadmap R {\n" + lines(29_999, i -> "initiative I" + i + " { after I" + (i + 1) + " duration 1 days }")
				+ "initiative I29999 { start 2027-01 duration 1 days }\n}\n";
		assertEquals(List.of(), findings(STRUCT_DEPENDENCY_CYCLE, text));
	}

	@Test
	void aChainOf30000UnitsHasNoCycle() throws InterruptedException {
		String text = lines(29_999, i -> "unit U" + i + " { part of U" + (i + 1) + " }") + "unit U29999\n";
		assertEquals(List.of(), findings(STRUCT_UNIT_CYCLE, text));
	}
}
