package io.stratagem.dsl.tests.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import io.stratagem.dsl.tests.StrategyInjectorProvider;
import io.stratagem.dsl.tests.Workspace;
import io.stratagem.dsl.validation.services.ModelIndex;
import io.stratagem.dsl.validation.services.RequirementCoverage;
import io.stratagem.model.Control;
import io.stratagem.model.Framework;
import io.stratagem.model.UseCase;

@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class RequirementCoverageTest {

	@Inject
	private Workspace workspace;

	@Inject
	private RequirementCoverage coverage;

	@Test
	void controlsOfAUseCaseComeFromItsRisksRisksAffectingItAndControlsApplyingToIt() {
		workspace.empty().add("m.strategy", """
				import stratagem.euaiact.*
				usecase U { risks R1 }
				usecase V
				risk R1 { controlled by A }
				risk R2 { affects U controlled by B }
				control A { satisfies Art50_1 }
				control B { satisfies Art9 }
				control C { applies to U satisfies Art14 }
				control D { applies to V }
				""").link();
		ModelIndex index = ModelIndex.ofModels(List.of(workspace.model("m.strategy")));
		UseCase u = index.all(UseCase.class).get(0);
		Set<Control> controls = coverage.controlsOf(u, index);
		assertEquals("A, B, C", controls.stream().map(Control::getName).collect(Collectors.joining(", ")));
		Set<String> codes = coverage.satisfiedCodes(controls);
		assertEquals(Set.of("AIA-50-1", "AIA-50", "AIA-9", "AIA-14"), codes);
		assertTrue(coverage.satisfies(controls, "AIA-50"));
		assertFalse(coverage.satisfies(controls, "AIA-10"));
	}

	@Test
	void libraryRequirementsOfAFramework() {
		workspace.empty().add("m.strategy", "strategy S\n").link();
		assertEquals(14, coverage.libraryRequirements(Framework.OMB_M2521, workspace.model("m.strategy")).size());
		assertEquals(95, coverage.libraryRequirements(Framework.NIST_AI_RMF, workspace.model("m.strategy")).size());
	}
}
