package io.stratagem.dsl.tests.services;

import static io.stratagem.dsl.validation.RuleCodes.ROADMAP_TEAM_OVER_ALLOCATED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import io.stratagem.dsl.tests.StrategyInjectorProvider;
import io.stratagem.dsl.tests.Workspace;
import io.stratagem.dsl.validation.services.ModelIndex;
import io.stratagem.dsl.validation.services.RoadmapSchedules;
import io.stratagem.model.Roadmap;
import io.stratagem.model.Team;

/**
 * The capacity plan of a roadmap is computed once per model snapshot and handed to each team's
 * rule by team: asked once per team, the whole plan made validation quadratic (a million elements
 * did not finish in 15 minutes).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class RoadmapCapacityOnceTest {

	private static final String MODEL = """
			team T { capacity 3 person-months }
			team U { capacity 1 person-months }
			team V { capacity 9 person-months }
			roadmap R {
				initiative A { start 2027-01 duration 3 months effort 4 person-months team T }
				initiative B { start 2027-01 duration 3 months effort 2 person-months team U }
				initiative C { start 2027-07 duration 2 months effort 9 person-months team T }
				initiative D { start 2027-01 duration 3 months effort 2 person-months team V }
			}
			""";

	@Inject
	private Workspace workspace;

	@Test
	void eachOverAllocatedTeamIsToldItsOwnQuartersFromThePlanComputedOnce() {
		List<String> findings = workspace.empty().add("m.strategy", MODEL).link().findings(ROADMAP_TEAM_OVER_ALLOCATED);

		assertEquals(List.of(
				"m.strategy:1 WARNING STRAT-ROADMAP-006 Team T: Team T is planned above its capacity of 3 person-months a quarter in 2027-Q1 (4), 2027-Q3 (9) of roadmap R",
				"m.strategy:2 WARNING STRAT-ROADMAP-006 Team U: Team U is planned above its capacity of 1 person-months a quarter in 2027-Q1 (2) of roadmap R"),
				findings);
	}

	@Test
	void theSecondTeamsRuleGetsThePlanTheFirstOneComputed() {
		workspace.empty().add("m.strategy", MODEL).link();
		ModelIndex index = ModelIndex.ofModels(List.of(workspace.model("m.strategy")));
		Roadmap roadmap = index.all(Roadmap.class).get(0);

		Object plan = RoadmapSchedules.capacity(roadmap, index);
		Team u = index.all(Team.class).stream().filter(t -> t.getName().equals("U")).findFirst().orElseThrow();
		RoadmapSchedules.overAllocations(roadmap, u, index);

		assertSame(plan, RoadmapSchedules.capacity(roadmap, index));
	}
}
