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

/** Drawing and deleting dependency edges between initiatives. */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class DependencyEditTest extends EditTestBase {

	private static final String ROADMAP = "roadmap.strategy";

	@Test
	void drawingADependencyAddsAnAfterItem() {
		acme.edit(m -> editor.addDependency(initiative(m, "GpuProvisioning"), initiative(m, "LlmGatewaySetup")));

		assertEquals(acme.originalWith(ROADMAP, "\t\t\tdelivers GpuCluster\n\t\t\tstatus done\n\t\t\towner HeadOfAIPlatform\n\t\t}",
				"\t\t\tdelivers GpuCluster\n\t\t\tstatus done\n\t\t\towner HeadOfAIPlatform\n\t\t\tafter LlmGatewaySetup\n\t\t}"), acme.onDisk(ROADMAP));
		acme.assertOthersUnchanged(ROADMAP);
		assertEquals(2, acme.workspace.read(m -> initiative(m, "GpuProvisioning").getDependencies().size()));
	}

	@Test
	void aDependencyThatMakesACycleIsRefused() {
		EditException refused = assertThrows(EditException.class,
				() -> acme.edit(m -> editor.addDependency(initiative(m, "CloudTenancy"), initiative(m, "DataAndMLPlatform"))));

		assertEquals("this dependency would make a cycle: CloudTenancy <- DataAndMLPlatform <- CloudTenancy; remove one of these dependencies first",
				refused.getMessage());
		acme.assertOthersUnchanged();
	}

	@Test
	void deletingADependencyEdgeRemovesItsLineWithLagAndType() {
		acme.edit(m -> editor.removeDependency(initiative(m, "GpuProvisioning"), initiative(m, "CloudTenancy")));

		assertEquals(acme.originalWith(ROADMAP, "\t\t\tafter CloudTenancy starts lag 2 months\n", ""), acme.onDisk(ROADMAP));
		acme.assertOthersUnchanged(ROADMAP);
	}

	@Test
	void deletingADependencyThatIsNotThereIsRefused() {
		EditException refused = assertThrows(EditException.class,
				() -> acme.edit(m -> editor.removeDependency(initiative(m, "CloudTenancy"), initiative(m, "GpuProvisioning"))));

		assertEquals("CloudTenancy does not wait for GpuProvisioning", refused.getMessage());
	}
}
