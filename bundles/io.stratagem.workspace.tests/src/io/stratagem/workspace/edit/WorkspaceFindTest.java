/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.stratagem.model.Initiative;
import io.stratagem.model.KPI;
import io.stratagem.model.NamedElement;

/**
 * Finding an element by its qualified name: the first object of the name in path order, then
 * content order, and after a change always the object the changed file now holds (the names of
 * unchanged files are kept between changes, those of a changed file are collected again).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class WorkspaceFindTest extends EditTestBase {

	private static final String CLOUD = "acme.delivery.CloudTenancy";
	private static final String CYCLE_TIME = "acme.metrics.ClaimCycleTime";

	@Test
	void anElementASaveReplacedIsFoundAsTheObjectTheFileNowHolds() throws Exception {
		Initiative before = acme.workspace.read(m -> m.find(CLOUD, Initiative.class));
		acme.workspace.setText(acme.file("roadmap.strategy"), acme.originalWith("roadmap.strategy", "initiative CloudTenancy \"Set up the EU sovereign cloud tenancy\"",
				"initiative CloudTenancy \"Set up the sovereign cloud tenancy\""));

		Initiative after = acme.workspace.read(m -> m.find(CLOUD, Initiative.class));
		assertNotSame(before, after, "the save replaced the initiative's object");
		assertFalse(after.eIsProxy());
		assertEquals("Set up the sovereign cloud tenancy", after.getTitle());
		assertSame(after.eResource(), acme.workspace.read(m -> m.resources().stream().filter(r -> r.getURI().lastSegment().equals("roadmap.strategy")).findFirst().get()));
	}

	@Test
	void aNameDeclaredInTwoFilesIsFoundInTheFirstFileInPathOrder() throws Exception {
		Path first = acme.file("a-first.strategy");
		acme.workspace.setText(first, "namespace acme.metrics\n\nkpi ClaimCycleTime \"Declared first\"\n");
		assertEquals("Declared first", acme.workspace.read(m -> m.find(CYCLE_TIME, KPI.class).getTitle()));

		acme.workspace.setText(first, "namespace acme.metrics\n\nkpi Renamed \"Declared first\"\n");
		assertEquals("Average cycle time of simple claims", acme.workspace.read(m -> m.find(CYCLE_TIME, KPI.class).getTitle()));
		assertEquals("Declared first", acme.workspace.read(m -> m.find("acme.metrics.Renamed", KPI.class).getTitle()));

		acme.workspace.setText(first, "namespace acme.metrics\n\nkpi ClaimCycleTime \"Declared first again\"\n");
		assertEquals("Declared first again", acme.workspace.read(m -> m.find(CYCLE_TIME, KPI.class).getTitle()));
		assertNull(acme.workspace.read(m -> m.find("acme.metrics.Renamed", KPI.class)));
	}

	@Test
	void whenTheFirstObjectOfANameIsOfAnotherTypeNothingIsFound() throws Exception {
		acme.workspace.setText(acme.file("a-first.strategy"), "namespace acme.metrics\n\nunit ClaimCycleTime \"A unit of the same name\" {\n}\n");

		assertNull(acme.workspace.read(m -> m.find(CYCLE_TIME, KPI.class)));
		assertEquals("A unit of the same name", acme.workspace.read(m -> m.find(CYCLE_TIME, NamedElement.class).getTitle()));
	}
}
