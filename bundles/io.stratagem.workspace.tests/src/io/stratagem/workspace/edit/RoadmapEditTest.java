/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.stratagem.dsl.edit.EditException;
import io.stratagem.model.Milestone;
import io.stratagem.model.time.StrategyDate;

/** Dragging and resizing initiatives on the roadmap timeline, written back to roadmap.strategy. */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class RoadmapEditTest extends EditTestBase {

	private static final String ROADMAP = "roadmap.strategy";

	@Test
	void movingAnInitiativeRewritesOnlyItsStartDate() {
		acme.edit(m -> editor.moveInitiative(initiative(m, "CloudTenancy"), LocalDate.of(2027, 4, 3)));

		assertEquals(acme.originalWith(ROADMAP, "tenancy\" {\n\t\t\tstart 2027-01", "tenancy\" {\n\t\t\tstart 2027-04"), acme.onDisk(ROADMAP));
		acme.assertOthersUnchanged(ROADMAP);
		assertEquals(StrategyDate.ofMonth(2027, 4), acme.workspace.read(m -> initiative(m, "CloudTenancy").getStart()));
		assertEquals(0, acme.errors());
	}

	@Test
	void aDropLateInAMonthSnapsToTheNextMonth() {
		acme.edit(m -> editor.moveInitiative(initiative(m, "CloudTenancy"), LocalDate.of(2027, 3, 20)));

		assertEquals(acme.originalWith(ROADMAP, "tenancy\" {\n\t\t\tstart 2027-01", "tenancy\" {\n\t\t\tstart 2027-04"), acme.onDisk(ROADMAP));
	}

	@Test
	void movingAnInitiativeDatedByItsDependenciesGivesItAStart() {
		acme.edit(m -> editor.moveInitiative(initiative(m, "DataAndMLPlatform"), LocalDate.of(2027, 6, 1)));

		assertEquals(acme.originalWith(ROADMAP, "\t\t\towner ChiefDataOfficer\n\t\t}\n\n\t\t// Reserved GPUs",
				"\t\t\towner ChiefDataOfficer\n\t\t\tstart 2027-06\n\t\t}\n\n\t\t// Reserved GPUs"), acme.onDisk(ROADMAP));
		acme.assertOthersUnchanged(ROADMAP);
	}

	@Test
	void resizingSetsTheDurationInMonths() {
		acme.edit(m -> editor.resizeInitiative(initiative(m, "CloudTenancy"), 5));

		assertEquals(acme.originalWith(ROADMAP, "start 2027-01\n\t\t\tduration 2 months\n\t\t\teffort 8 person-months",
				"start 2027-01\n\t\t\tduration 5 months\n\t\t\teffort 8 person-months"), acme.onDisk(ROADMAP));
		acme.assertOthersUnchanged(ROADMAP);
		assertEquals(5, acme.workspace.read(m -> initiative(m, "CloudTenancy").getDuration().getAmount()));
	}

	@Test
	void anInitiativeLastsAtLeastOneMonth() {
		EditException refused = assertThrows(EditException.class, () -> acme.edit(m -> editor.resizeInitiative(initiative(m, "CloudTenancy"), 0)));

		assertEquals("an initiative lasts at least one month; CloudTenancy cannot be made shorter", refused.getMessage());
		acme.assertOthersUnchanged();
	}

	@Test
	void movingAMilestoneSetsTheMonthWhoseEndIsNearest() {
		// due at the end of July; dropped a quarter later, on 30 October
		acme.edit(m -> editor.moveMilestone(m.find("acme.delivery.FirstModelLive", Milestone.class), LocalDate.of(2027, 10, 30)));

		assertEquals(acme.originalWith(ROADMAP, "in production\" at 2027-07 {", "in production\" at 2027-10 {"), acme.onDisk(ROADMAP));
		acme.assertOthersUnchanged(ROADMAP);
		assertEquals(StrategyDate.ofMonth(2027, 10), acme.workspace.read(m -> m.find("acme.delivery.FirstModelLive", Milestone.class).getDate()));
	}

	@Test
	void aMilestoneDroppedEarlyInAMonthIsDueAtTheEndOfThePreviousOne() {
		acme.edit(m -> editor.moveMilestone(m.find("acme.delivery.FirstModelLive", Milestone.class), LocalDate.of(2027, 9, 12)));

		assertEquals(acme.originalWith(ROADMAP, "in production\" at 2027-07 {", "in production\" at 2027-08 {"), acme.onDisk(ROADMAP));
		EditException refused = assertThrows(EditException.class,
				() -> acme.edit(m -> editor.moveMilestone(m.find("acme.delivery.FirstModelLive", Milestone.class), LocalDate.of(2027, 8, 25))));
		assertEquals("FirstModelLive is already due at 2027-08", refused.getMessage());
	}
}
