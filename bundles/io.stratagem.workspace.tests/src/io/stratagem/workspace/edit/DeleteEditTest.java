/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Deleting an element from a diagram: its text and the references to it, nothing else. */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class DeleteEditTest extends EditTestBase {

	@Test
	void deletingARiskRemovesItsBlockAndEveryReferenceToIt() {
		long errorsBefore = acme.errors();

		acme.edit(m -> editor.delete(element(m, "acme.assurance.ModelDrift")));

		String governance = acme.original("governance.strategy");
		int start = governance.indexOf("risk ModelDrift");
		int end = governance.indexOf("\n}\n", start) + 3;
		assertEquals(governance.substring(0, start - 1) + governance.substring(end), acme.onDisk("governance.strategy"));
		assertEquals(acme.original("usecases-core.strategy")
				.replace("\trisks ModelDrift\n", "")
				.replace("risks FalseFraudSuspicion, ModelDrift\n", "risks FalseFraudSuspicion\n")
				.replace("risks ModelDrift, AITalentShortage\n", "risks AITalentShortage\n")
				.replace("risks SensorConsentGaps, ModelDrift\n", "risks SensorConsentGaps\n"), acme.onDisk("usecases-core.strategy"));
		assertEquals(acme.original("usecases-enabling.strategy")
				.replace("risks UnfairRetentionOffers, ModelDrift\n", "risks UnfairRetentionOffers\n")
				.replace("\trisks ModelDrift\n", ""), acme.onDisk("usecases-enabling.strategy"));
		acme.assertOthersUnchanged("governance.strategy", "usecases-core.strategy", "usecases-enabling.strategy");
		assertEquals(errorsBefore, acme.errors(), "no reference is left dangling");
	}
}
