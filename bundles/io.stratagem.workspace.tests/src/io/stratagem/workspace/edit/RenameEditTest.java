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

/** Renaming an element in place on a diagram: the declaration and every reference, in every file. */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class RenameEditTest extends EditTestBase {

	@Test
	void renamingAKpiRewritesItsDeclarationAndEveryReference() {
		acme.edit(m -> editor.rename(element(m, "acme.metrics.ClaimCycleTime"), "ClaimDuration"));

		for (String file : new String[] { "kpis.strategy", "goals.strategy", "roadmap.strategy", "usecases-core.strategy" }) {
			assertEquals(acme.original(file).replace("ClaimCycleTime", "ClaimDuration"), acme.onDisk(file), file);
		}
		acme.assertOthersUnchanged("kpis.strategy", "goals.strategy", "roadmap.strategy", "usecases-core.strategy");
		assertEquals(0, acme.errors());
	}

	@Test
	void renamingToATakenNameIsRefused() {
		EditException refused = assertThrows(EditException.class,
				() -> acme.edit(m -> editor.rename(element(m, "acme.metrics.ClaimCycleTime"), "StraightThroughRate")));

		assertEquals("there is already a KPI named acme.metrics.StraightThroughRate; choose another name", refused.getMessage());
		acme.assertOthersUnchanged();
	}
}
