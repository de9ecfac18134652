/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.stratagem.dsl.edit.EditException;

import io.stratagem.model.StratagemPackage;

/** Creating use cases, KPIs and risks from a diagram's palette, linked to the element they were dropped on. */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class CreateElementTest extends EditTestBase {

	private static final String CORE = "usecases-core.strategy";

	@Test
	void aKpiGoesAfterTheLastKpiAndIntoTheUseCasesList() {
		acme.edit(m -> editor.create(m.resourceSet(), StratagemPackage.Literals.KPI, "ClaimsBacklog", element(m, "acme.usecases.ClaimsTriage")));

		assertEquals(acme.original("kpis.strategy").stripTrailing() + "\n\nkpi ClaimsBacklog\n", acme.onDisk("kpis.strategy"));
		assertEquals(acme.originalWith(CORE, "StraightThroughRate\n\trisks ModelDrift\n", "StraightThroughRate, ClaimsBacklog\n\trisks ModelDrift\n"),
				acme.onDisk(CORE));
		acme.assertOthersUnchanged("kpis.strategy", CORE);
		assertEquals("ClaimsBacklog", acme.workspace.read(m -> element(m, "acme.metrics.ClaimsBacklog").getName()));
	}

	@Test
	void aUseCaseDroppedOnAnObjectiveServesIt() {
		acme.edit(m -> editor.create(m.resourceSet(), StratagemPackage.Literals.USE_CASE, "ClaimsChatbot", element(m, "acme.goals.FasterClaims")));

		// BrokerSubmissionAgent, the file's last use case, ends the file
		assertEquals(acme.original(CORE).stripTrailing() + "\n\nusecase ClaimsChatbot {\n\tserves FasterClaims\n}\n", acme.onDisk(CORE));
		acme.assertOthersUnchanged(CORE);
	}

	@Test
	void aNameAlsoVisibleFromAnotherImportIsWrittenQualified() {
		// usecases-core.strategy imports acme.assurance.*, which has a risk named ModelDrift (fuzzing finding)
		acme.edit(m -> editor.create(m.resourceSet(), StratagemPackage.Literals.KPI, "ModelDrift", element(m, "acme.usecases.ClaimsTriage")));

		assertEquals(acme.originalWith(CORE, "StraightThroughRate\n\trisks ModelDrift\n", "StraightThroughRate, acme.metrics.ModelDrift\n\trisks ModelDrift\n"),
				acme.onDisk(CORE));
		assertEquals(0, acme.errors());
	}

	@Test
	void aNameThatIsTakenIsRefused() {
		EditException refused = assertThrows(EditException.class,
				() -> acme.edit(m -> editor.create(m.resourceSet(), StratagemPackage.Literals.KPI, "ClaimCycleTime", null)));

		assertEquals("there is already a KPI named acme.metrics.ClaimCycleTime; choose another name", refused.getMessage());
		acme.assertOthersUnchanged();
	}

	@Test
	void aNameMustBeAnIdentifierAndNoKeyword() {
		assertEquals("'2fast' is not a name: use letters, digits and _, starting with a letter (e.g. ClaimsBacklog)", assertThrows(EditException.class,
				() -> acme.edit(m -> editor.create(m.resourceSet(), StratagemPackage.Literals.RISK, "2fast", null))).getMessage());
		assertEquals("'risk' is a keyword of the language; choose another name", assertThrows(EditException.class,
				() -> acme.edit(m -> editor.create(m.resourceSet(), StratagemPackage.Literals.RISK, "risk", null))).getMessage());
		acme.assertOthersUnchanged();
	}
}
