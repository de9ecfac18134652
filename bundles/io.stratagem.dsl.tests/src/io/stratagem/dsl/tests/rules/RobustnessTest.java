package io.stratagem.dsl.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import io.stratagem.dsl.tests.StrategyInjectorProvider;
import io.stratagem.dsl.tests.Workspace;
import io.stratagem.dsl.validation.CheckFailures;

/** Validation completes on incomplete models (syntax errors, broken references, missing values) with no check failing. */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class RobustnessTest {

	@Inject
	private Workspace workspace;

	@Test
	void syntaxErrorsAndBrokenReferencesDoNotStopValidation() {
		workspace.empty().add("broken.strategy", """
				namespace acme
				strategy S { horizon 2027-Q1 to }
				objective O { refines Missing measured by NoKpi due }
				usecase U { stage deployed serves Missing, O uses data Nothing requires skills NoSkill capabilities NoCap
					partners NoPartner kpis NoKpi risks NoRisk affects roles NoRole euAiAct tier high as deployer highImpact yes
					priority { effort }
				}
				data D { derived from Nothing, D personalData yes quality }
				capability C { provider NoPartner available from 2027- }
				team T { skill NoSkill current 1 required 3 skill }
				training X { teaches NoSkill for NoTeam end 2027-13 }
				review R { of NoUseCase, U outcome approved condition "c" status open }
				change Ch { supports NoUseCase, U adoption NoKpi }
				kpi K { direction range target 1 to thresholds amber red 3 measurement = 2 measurement 2027-01 = }
				risk Ri { inherent likelihood 9 impact residual likelihood impact 2 controlled by NoControl affects NoUseCase }
				control Co { satisfies NoRequirement applies to NoUseCase }
				roadmap Rm { for NoStrategy phase P 2027-01 to { initiative I { after NoInitiative } } milestone M at { after I } }
				usecase
				""").add("other.strategy", """
				namespace acme
				partner P { critical contract until 2027-
				""");
		CheckFailures.record(true);
		try {
			List<String> errors = workspace.link().errors();
			assertFalse(errors.isEmpty());
			assertTrue(errors.stream().anyMatch(e -> e.contains("Couldn't resolve reference")), errors.toString());
			assertFalse(workspace.findings().isEmpty());
			assertEquals(List.of(), CheckFailures.recorded());
		} finally {
			CheckFailures.record(false);
		}
	}

	@Test
	void emptyAndNamelessModelsValidate() {
		CheckFailures.record(true);
		try {
			workspace.empty().add("empty.strategy", "").add("nameless.strategy", "usecase { stage pilot }\nrisk { inherent likelihood 5 impact 5 }\n").link();
			workspace.findings();
			workspace.errors();
			assertEquals(List.of(), CheckFailures.recorded());
		} finally {
			CheckFailures.record(false);
		}
	}
}
