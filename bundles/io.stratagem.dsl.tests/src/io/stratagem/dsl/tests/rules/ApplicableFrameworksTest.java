package io.stratagem.dsl.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import io.stratagem.dsl.tests.StrategyInjectorProvider;
import io.stratagem.dsl.tests.Workspace;
import io.stratagem.dsl.validation.Rule;

/**
 * {@code frameworks ...} on a strategy and a use case: the rules of a framework (areas EUAI, OMB,
 * NIST, ISO) run only where the model states that it applies, and everywhere when nothing is stated.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class ApplicableFrameworksTest {

	@Inject
	private Workspace workspace;

	/** A deployed high-impact use case of unclassified EU AI Act tier: EUAI-006 and OMB-001 when both apply. */
	private static final String DEPLOYED = "stage deployed highImpact yes";

	/** The areas of the rules that check one framework each. */
	private static final Set<String> FRAMEWORK_AREAS = Set.of("EUAI", "OMB", "NIST", "ISO");

	/** The findings of the framework rules, one line per file, line and code. */
	/**
	 * The framework findings as {@code file:line code}, by file, line and code: the order in which
	 * Xtext runs the checks of one element is not fixed, so findings on one line are sorted by code.
	 */
	private List<String> frameworkFindings() {
		return workspace.findings().stream().map(f -> f.split(" ", 4)).filter(f -> FRAMEWORK_AREAS.contains(Rule.areaOf(f[2])))
				.map(f -> f[0] + " " + f[2]).distinct()
				.sorted(Comparator.comparing((String f) -> f.substring(0, f.indexOf(':')))
						.thenComparingInt(f -> Integer.parseInt(f.substring(f.indexOf(':') + 1, f.indexOf(' '))))
						.thenComparing(f -> f.substring(f.indexOf(' ') + 1)))
				.toList();
	}

	@Test
	void aStrategyStatingOnlyOmbGetsNoEuAiActNistOrIsoFindings() {
		workspace.empty().add("agency.strategy", "strategy Agency { frameworks ombM2521 }\nusecase U { " + DEPLOYED + " }\n").link();
		assertEquals(List.of(), workspace.allIssues());
		assertEquals(List.of("agency.strategy:2 STRAT-OMB-001"), frameworkFindings());
	}

	@Test
	void aUseCaseStatesItsOwnFrameworksInsteadOfItsStrategys() {
		workspace.empty().add("m.strategy", """
				strategy S { frameworks ombM2521 }
				usecase InEurope { frameworks euAiAct, ombM2521 %s }
				usecase InTheUs { %s }
				usecase Elsewhere { frameworks other %s }
				""".formatted(DEPLOYED, DEPLOYED, DEPLOYED)).link();
		assertEquals(List.of(), workspace.allIssues());
		assertEquals(List.of("m.strategy:2 STRAT-EUAI-006", "m.strategy:2 STRAT-OMB-001", "m.strategy:3 STRAT-OMB-001"), frameworkFindings());
	}

	@Test
	void withNothingStatedEveryFrameworkApplies() {
		workspace.empty().add("m.strategy", """
				strategy S
				usecase Stated { frameworks ombM2521 %s }
				usecase Unstated { %s }
				""".formatted(DEPLOYED, DEPLOYED)).link();
		assertEquals(List.of(), workspace.allIssues());
		assertEquals(List.of("m.strategy:1 STRAT-ISO-001", "m.strategy:1 STRAT-NIST-001", "m.strategy:2 STRAT-OMB-001", "m.strategy:3 STRAT-EUAI-006",
				"m.strategy:3 STRAT-OMB-001"), frameworkFindings());
	}

	@Test
	void theStrategyOfAnotherFileGovernsTheUseCasesOfAFileWithoutOne() {
		workspace.empty().add("strategy.strategy", "strategy S { frameworks euAiAct }\n")
				.add("usecases.strategy", "usecase U { " + DEPLOYED + " }\n").link();
		assertEquals(List.of(), workspace.allIssues());
		assertEquals(List.of("usecases.strategy:1 STRAT-EUAI-006"), frameworkFindings());
	}

	@Test
	void aStrategyInTheUseCasesFileGovernsItBeforeThoseOfOtherFiles() {
		workspace.empty().add("eu.strategy", "strategy Eu { frameworks euAiAct }\n")
				.add("us.strategy", "strategy Us { frameworks ombM2521 }\nusecase U { " + DEPLOYED + " }\n").link();
		assertEquals(List.of(), workspace.allIssues());
		assertEquals(List.of("us.strategy:2 STRAT-OMB-001"), frameworkFindings());
	}

	@Test
	void anUnknownFrameworkIsASyntaxErrorNamingTheFrameworksAndTheOneMeant() {
		workspace.empty().add("m.strategy", "strategy S {\n\tframeworks EuAiAct, gdpr\n}\n").link();
		assertEquals(List.of(
				"m.strategy:2:13: ERROR 'EuAiAct' is not a framework (did you mean euAiAct?): write one of euAiAct, nistAiRmf, iso42001, ombM2521 or other",
				"m.strategy:2:22: ERROR 'gdpr' is not a framework: write one of euAiAct, nistAiRmf, iso42001, ombM2521 or other"), workspace.allIssues());
	}
}
