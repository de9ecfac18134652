package io.stratagem.dsl.tests.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import io.stratagem.dsl.tests.StrategyInjectorProvider;
import io.stratagem.dsl.tests.Workspace;
import io.stratagem.dsl.validation.services.Horizon;
import io.stratagem.dsl.validation.services.HorizonService;
import io.stratagem.dsl.validation.services.ModelIndex;
import io.stratagem.model.time.StrategyDate;

@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class HorizonServiceTest {

	@Inject
	private Workspace workspace;

	@Inject
	private HorizonService horizons;

	@Test
	void horizonOfTheRoadmapsStrategyFirst() {
		workspace.empty().add("a.strategy", "strategy Old { horizon 2020-Q1 to 2022-Q4 }\n")
				.add("b.strategy", "strategy New { horizon 2027-Q1 to 2029-Q4 }\nroadmap R { for New }\n").link();
		Horizon horizon = horizons.horizon(ModelIndex.ofModels(List.of(workspace.model("a.strategy"), workspace.model("b.strategy"))));
		assertEquals("New", horizon.strategy().getName());
		assertEquals("2027-Q1 to 2029-Q4", horizon.toString());
		assertTrue(horizon.contains(StrategyDate.parse("2029-12-31")));
		assertTrue(horizon.contains(StrategyDate.parse("2027-Q1")));
		assertFalse(horizon.contains(StrategyDate.parse("2026-12")));
		assertFalse(horizon.contains(StrategyDate.parse("2030-01-01")));
	}

	@Test
	void noHorizonWhenIncompleteOrInverted() {
		workspace.empty().add("a.strategy", "strategy A { horizon 2029-Q1 to 2027-Q4 }\nstrategy B\n").link();
		assertNull(horizons.horizon(ModelIndex.ofModels(List.of(workspace.model("a.strategy")))));
		assertNull(horizons.horizon(null));
	}
}
