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

/** Drawing and deleting the reference edges of the strategy graph. */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class ConnectEditTest extends EditTestBase {

	private static final String CORE = "usecases-core.strategy";

	@Test
	void anEdgeToAKpiExtendsTheUseCasesKpiList() {
		acme.edit(m -> editor.connect(element(m, "acme.usecases.ClaimsTriage"), element(m, "acme.metrics.ClaimsHandlerAdoption")));

		assertEquals(acme.originalWith(CORE, "StraightThroughRate\n\trisks ModelDrift\n", "StraightThroughRate, ClaimsHandlerAdoption\n\trisks ModelDrift\n"),
				acme.onDisk(CORE));
		acme.assertOthersUnchanged(CORE);
	}

	@Test
	void anEdgeDrawnTheOtherWayRoundGivesTheSameReference() {
		acme.edit(m -> editor.connect(element(m, "acme.metrics.ClaimsHandlerAdoption"), element(m, "acme.usecases.ClaimsTriage")));

		assertEquals(acme.originalWith(CORE, "StraightThroughRate\n\trisks ModelDrift\n", "StraightThroughRate, ClaimsHandlerAdoption\n\trisks ModelDrift\n"),
				acme.onDisk(CORE));
	}

	@Test
	void aFirstReferenceOfAKindAddsAnItem() {
		acme.edit(m -> editor.connect(element(m, "acme.usecases.ClaimsTriage"), element(m, "acme.platform.EuroCloudSE")));

		assertEquals(acme.originalWith(CORE, "\tproperty \"legacy-id\" = \"CLM-017\"\n}", "\tproperty \"legacy-id\" = \"CLM-017\"\n\tpartners EuroCloudSE\n}"),
				acme.onDisk(CORE));
		acme.assertOthersUnchanged(CORE);
	}

	@Test
	void deletingAnEdgeRemovesTheReferencesBothWays() {
		acme.edit(m -> editor.disconnect(element(m, "acme.usecases.ClaimsFraudDetection"), element(m, "acme.assurance.ModelDrift")));

		assertEquals(acme.originalWith(CORE, "risks FalseFraudSuspicion, ModelDrift\n", "risks FalseFraudSuspicion\n"), acme.onDisk(CORE));
		assertEquals(acme.originalWith("governance.strategy", "affects ClaimsTriage, ClaimsFraudDetection, DamageAssessment",
				"affects ClaimsTriage, DamageAssessment"), acme.onDisk("governance.strategy"));
		acme.assertOthersUnchanged(CORE, "governance.strategy");
	}

	@Test
	void elementsTheMetamodelDoesNotRelateCannotBeLinked() {
		EditException refused = assertThrows(EditException.class,
				() -> acme.edit(m -> editor.connect(element(m, "acme.metrics.ClaimCycleTime"), element(m, "acme.platform.EuroCloudSE"))));

		assertEquals("a KPI cannot refer to a Partner in Stratagem's metamodel", refused.getMessage());
		acme.assertOthersUnchanged();
	}
}
