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

/** Editing the title a diagram shows in place: the quoted title changes, the name and references stay. */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class TitleEditTest extends EditTestBase {

	private static final String KPIS = "kpis.strategy";

	@Test
	void editingATitleReplacesOnlyTheQuotedTitle() {
		acme.edit(m -> editor.retitle(element(m, "acme.metrics.ClaimCycleTime"), "  Cycle time of \"simple\" claims \\ days "));

		assertEquals(acme.originalWith(KPIS, "kpi ClaimCycleTime \"Average cycle time of simple claims\" {",
				"kpi ClaimCycleTime \"Cycle time of \\\"simple\\\" claims \\\\ days\" {"), acme.onDisk(KPIS));
		acme.assertOthersUnchanged(KPIS);
		assertEquals("Cycle time of \"simple\" claims \\ days", acme.workspace.read(m -> element(m, "acme.metrics.ClaimCycleTime").getTitle()));
		assertEquals(0, acme.errors());
	}

	@Test
	void anElementWithoutATitleGetsOneAfterItsName() {
		acme.edit(m -> editor.create(m.resourceSet(), StratagemPackage.Literals.KPI, "ClaimsBacklog", null));
		acme.edit(m -> editor.retitle(element(m, "acme.metrics.ClaimsBacklog"), "Open claims older than 30 days"));

		assertEquals(acme.original(KPIS).stripTrailing() + "\n\nkpi ClaimsBacklog \"Open claims older than 30 days\"\n", acme.onDisk(KPIS));
		acme.assertOthersUnchanged(KPIS);
	}

	@Test
	void anEmptyTitleOrOneWithControlCharactersIsRefused() {
		assertEquals("a title cannot be empty; to show the name ClaimCycleTime instead, remove its title in the text", assertThrows(EditException.class,
				() -> acme.edit(m -> editor.retitle(element(m, "acme.metrics.ClaimCycleTime"), "  "))).getMessage());
		assertEquals("a title is one line of text without tabs or control characters", assertThrows(EditException.class,
				() -> acme.edit(m -> editor.retitle(element(m, "acme.metrics.ClaimCycleTime"), "two\nlines"))).getMessage());
		assertEquals("ClaimCycleTime already has that title", assertThrows(EditException.class,
				() -> acme.edit(m -> editor.retitle(element(m, "acme.metrics.ClaimCycleTime"), "Average cycle time of simple claims"))).getMessage());
		acme.assertOthersUnchanged();
	}
}
