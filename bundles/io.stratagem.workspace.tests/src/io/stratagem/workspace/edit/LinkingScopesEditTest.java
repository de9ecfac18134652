/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Injector;

import io.stratagem.model.Role;
import io.stratagem.model.UseCase;

/**
 * The editing session links changed files again through {@code ModelLinker}, which keeps each
 * file's root scopes and name lookups while it links ({@code LinkingScopes}). What they found
 * before a change must not survive it: after an edit that moves a name to another file, or removes
 * it, a file linked again finds what a fresh load finds.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class LinkingScopesEditTest {

	@Inject
	private Injector injector;

	@TempDir
	Path folder;

	@Test
	void aReferenceLinkedAgainAfterAnEditFindsTheNewTargetNotTheOneFoundBefore() throws Exception {
		Path people = Files.writeString(folder.resolve("people.strategy"), "namespace acme.people\nrole Cio \"First\"\n");
		Files.writeString(folder.resolve("other.strategy"), "namespace acme.other\nrole Cfo \"Other\"\n");
		Path usecases = Files.writeString(folder.resolve("usecases.strategy"),
				"namespace acme.usecases\nimport acme.people.*\nimport acme.other.*\nusecase Triage { owner Cio }\nusecase Intake { owner Cio }\n");
		try (ModelWorkspace workspace = ModelWorkspace.open(folder, injector)) {
			assertEquals("First", workspace.read(model -> owner(model, "Triage").getTitle()));

			// Cio moves from acme.people to acme.other: both use cases must follow it
			workspace.setText(people, "namespace acme.people\nrole Cfo2 \"First\"\n");
			workspace.setText(folder.resolve("other.strategy"), "namespace acme.other\nrole Cfo \"Other\"\nrole Cio \"Moved\"\n");

			workspace.read(model -> {
				assertEquals("Moved", owner(model, "Triage").getTitle());
				assertSame(model.find("acme.other.Cio", Role.class), owner(model, "Intake"));
				assertTrue(model.issues(usecases).stream().noneMatch(issue -> "STRAT-LINK-001".equals(issue.getCode())), model.issues(usecases).toString());
				return null;
			});

			// and when it is gone, the references are unresolved, as in a fresh load
			workspace.setText(folder.resolve("other.strategy"), "namespace acme.other\nrole Cfo \"Other\"\n");

			workspace.read(model -> {
				assertTrue(owner(model, "Triage").eIsProxy(), "Triage's owner is unresolved");
				assertEquals(2, model.issues(usecases).stream().filter(issue -> "STRAT-LINK-001".equals(issue.getCode())).count(),
						model.issues(usecases).toString());
				return null;
			});
		}
	}

	private static Role owner(WorkspaceModel model, String useCase) {
		return model.find("acme.usecases." + useCase, UseCase.class).getOwner();
	}
}
