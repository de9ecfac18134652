/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import io.stratagem.dsl.ide.StrategyIdeSetup;
import io.stratagem.dsl.linking.StrategyResource;
import io.stratagem.inventory.OmbInventoryImporter;
import io.stratagem.model.NamedElement;
import io.stratagem.model.UseCase;
import io.stratagem.testing.ProjectFiles;

/**
 * Unloading a file (the language server does it on every edit) turns its objects into proxies
 * whose URIs are the fragments EMF gives them, computed in one walk of the file, so that the
 * references of other files find the objects of the file parsed again.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class StrategyResourceTest {

	@Inject
	private Workspace workspace;

	@Test
	void anUnloadedObjectsProxyUriIsTheFragmentEmfGivesIt() throws Exception {
		examplesAndFederalInventory();
		int objects = 0;
		for (XtextResource resource : workspace.resources()) {
			assertInstanceOf(StrategyResource.class, resource);
			List<EObject> contents = new ArrayList<>();
			resource.getAllContents().forEachRemaining(contents::add);
			List<URI> emfs = new ArrayList<>();
			for (EObject object : contents) {
				emfs.add(resource.getURI().appendFragment(resource.getURIFragment(object)));
			}

			resource.unload();

			List<URI> proxies = new ArrayList<>();
			for (EObject object : contents) {
				proxies.add(((InternalEObject) object).eProxyURI());
			}
			assertEquals(emfs, proxies, resource.getURI().toString());
			objects += contents.size();
		}
		assertTrue(objects > 20_000, "a large model was unloaded: " + objects + " objects");
	}

	/** Validation makes a URI per finding: with the positions of long lists found once per list, they are EMF's. */
	@Test
	void fragmentsMadeFromListPositionsAreTheFragmentsEmfGives() throws Exception {
		examplesAndFederalInventory();
		int inLongLists = 0;
		for (XtextResource resource : workspace.resources()) {
			List<EObject> contents = new ArrayList<>();
			resource.getAllContents().forEachRemaining(contents::add);
			List<String> emfs = contents.stream().map(resource::getURIFragment).toList();

			List<String> fromPositions = ((StrategyResource) resource).withListPositions(() -> contents.stream().map(resource::getURIFragment).toList());

			assertEquals(emfs, fromPositions, resource.getURI().toString());
			inLongLists += (int) contents.stream().filter(o -> o.eContainmentFeature() != null && o.eContainmentFeature().isMany()
					&& ((List<?>) o.eContainer().eGet(o.eContainmentFeature())).size() > 32).count();
		}
		assertTrue(inLongLists > 5_000, "many objects in lists of over 32 elements: " + inLongLists);
	}

	@Test
	void aListChangedWhileItsPositionsAreKnownGivesTheNewPositions() throws Exception {
		StringBuilder text = new StringBuilder("namespace acme.org\n");
		for (int i = 0; i < 40; i++) {
			text.append("role R").append(i).append(" \"Role ").append(i).append("\"\n");
		}
		workspace.empty().add("org.strategy", text.toString()).link();
		StrategyResource resource = (StrategyResource) workspace.resource("org.strategy");
		org.eclipse.emf.common.util.EList<NamedElement> elements = workspace.model("org.strategy").getElements();
		EObject last = elements.get(39);

		List<String> fragments = resource.withListPositions(() -> {
			String before = resource.getURIFragment(last);
			elements.move(0, 39);
			return List.of(before, resource.getURIFragment(last), resource.getURIFragment(elements.get(1)));
		});

		assertEquals(List.of("//@elements.39", "//@elements.0", "//@elements.1"), fragments);
		assertEquals("//@elements.0", resource.getURIFragment(last));
	}

	/** The examples and the imported federal inventory (its files hold lists of thousands of elements), linked. */
	private void examplesAndFederalInventory() throws Exception {
		workspace.empty().addAll(ProjectFiles.strategyFiles(ProjectFiles.root().resolve("examples")));
		Path csv = ProjectFiles.datasets().resolve("us-federal-ai-inventory-2025/2025_individually_reported_AI_use_cases.csv");
		String text = Files.readString(csv, StandardCharsets.UTF_8);
		OmbInventoryImporter importer = new StrategyIdeSetup().createInjector().getInstance(OmbInventoryImporter.class);
		importer.read(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text)).files()
				.forEach((name, content) -> workspace.add("federal-" + name, content));
		workspace.link();
	}

	@Test
	void aReferenceFromAnUnchangedFileFindsTheEditedFilesNewObject() throws Exception {
		workspace.empty().add("org.strategy", """
				namespace acme.org
				role Analyst "Analyst"
				role Cio "Chief Information Officer"
				unit Claims "Claims"
				""").add("uc.strategy", """
				namespace acme.usecases
				import acme.org.*
				usecase Triage { unit Claims owner Cio }
				""").link();
		UseCase triage = (UseCase) workspace.model("uc.strategy").getElements().get(0);
		EObject oldClaims = triage.getUnit();
		XtextResource org = workspace.resource("org.strategy");

		org.unload();
		org.load(new ByteArrayInputStream("""
				namespace acme.org
				role Analyst "Analyst"
				role Cio "Chief Information and Data Officer"
				unit Claims "Claims"
				""".getBytes(StandardCharsets.UTF_8)), null);

		assertTrue(triage.eGet(triage.eClass().getEStructuralFeature("unit"), false) instanceof EObject proxy && proxy.eIsProxy());
		EObject newClaims = triage.getUnit();
		assertNotSame(oldClaims, newClaims);
		assertSame(workspace.model("org.strategy").getElements().get(2), newClaims);
		assertEquals("Claims", ((NamedElement) newClaims).getName());
	}

}
