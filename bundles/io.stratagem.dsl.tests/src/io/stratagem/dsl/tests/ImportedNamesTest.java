/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.linking.impl.ImportedNamesAdapter;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import io.stratagem.dsl.scoping.ExportedNamesIndex;

/**
 * The names each file looked up are recorded for the language server's incremental builder, and
 * not in runs indexed once for all files (command line, editing workspace), which have none.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class ImportedNamesTest {

	@Inject
	private Workspace workspace;

	@Test
	void aBuilderSeesWhichNamesAFileLookedUp() {
		XtextResource usecases = twoFiles();

		EcoreUtil2.resolveLazyCrossReferences(usecases, CancelIndicator.NullImpl);

		ImportedNamesAdapter adapter = ImportedNamesAdapter.find(usecases);
		assertTrue(adapter != null && adapter.getImportedNames().stream().anyMatch(name -> name.toString().equals("acme.org.cio")),
				() -> "recorded: " + (adapter == null ? "nothing" : adapter.getImportedNames()));
	}

	@Test
	void aSetIndexedOnceRecordsNothing() {
		XtextResource usecases = twoFiles();
		ExportedNamesIndex.install(workspace.resourceSet(), workspace.resources());

		EcoreUtil2.resolveLazyCrossReferences(usecases, CancelIndicator.NullImpl);

		assertNull(ImportedNamesAdapter.find(usecases));
		assertEquals(List.of(), workspace.allIssues(), "the references resolved all the same");
	}

	private XtextResource twoFiles() {
		workspace.empty().add("org.strategy", """
				namespace acme.org
				role Cio "Chief Information Officer"
				unit Claims "Claims"
				""").add("uc.strategy", """
				namespace acme.usecases
				import acme.org.*
				usecase Triage { unit Claims owner Cio }
				""");
		return workspace.resource("uc.strategy");
	}
}
