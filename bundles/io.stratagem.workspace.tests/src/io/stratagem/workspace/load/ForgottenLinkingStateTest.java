/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import io.stratagem.testing.ProjectFiles;
import io.stratagem.workspace.edit.StrategyInjectorProvider;
import io.stratagem.workspace.report.FindingCollector;

/**
 * A load whose every reference resolved keeps nothing that only linking read: no lazy-linking
 * proxy records and no values in Xtext's per-file cache (a million elements held over 100 MB of
 * them until the command ended). The model then has the references and the findings of a load
 * that kept them.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class ForgottenLinkingStateTest {

	private static final Path EXAMPLE = ProjectFiles.example("acme-insurance");

	@Inject
	private ModelSetLoader loader;

	@Inject
	private ModelSetLoader keepingLoader;

	@Inject
	private FindingCollector collector;

	@Inject
	private IResourceScopeCache cache;

	@Test
	void aFullyLinkedLoadKeepsNoProxyRecordsAndNoCachedNames() {
		ModelSet models = loader.load(List.of(EXAMPLE));

		assertTrue(models.fullyLinked());
		assertFalse(models.resources().isEmpty());
		for (XtextResource file : models.resources().values()) {
			assertFalse(hasProxyRecords(file), file.getURI().lastSegment());
			EObject root = file.getContents().get(0);
			Object absent = new Object();
			// the qualified name that indexing cached for the file's root is gone
			assertSame(absent, cache.get(Tuples.pair(root, "fqn"), file, () -> absent), file.getURI().lastSegment());
		}
	}

	@Test
	void aLoadThatKeptThemHadThem() {
		keepingLoader.keepsLinkingState = true;
		ModelSet models = keepingLoader.load(List.of(EXAMPLE));

		XtextResource file = models.resources().values().iterator().next();
		assertTrue(hasProxyRecords(file), file.getURI().lastSegment());
	}

	@Test
	void theModelHasTheReferencesAndFindingsOfALoadThatKeptThem() {
		keepingLoader.keepsLinkingState = true;
		String kept = state(keepingLoader.load(List.of(EXAMPLE)));

		String forgotten = state(loader.load(List.of(EXAMPLE)));

		assertEquals(kept, forgotten);
		assertTrue(forgotten.contains("WARNING") || forgotten.contains("ERROR") || forgotten.contains("INFO"), forgotten);
	}

	/** Whether Xtext still records a lazy-linking proxy of the file (its records are a list: an empty one has no first). */
	private static boolean hasProxyRecords(XtextResource file) {
		try {
			return ((LazyLinkingResource) file).hasLazyProxyInformation(0);
		} catch (IndexOutOfBoundsException e) {
			return false;
		}
	}

	/** Every reference of every file with its target's URI, then every finding. */
	private String state(ModelSet models) {
		StringBuilder out = new StringBuilder();
		for (Map.Entry<Path, XtextResource> file : models.resources().entrySet()) {
			out.append(file.getKey().getFileName()).append('\n');
			ReferenceTargets.append(out, file.getValue());
		}
		collector.collect(models).forEach(finding -> out.append(finding).append('\n'));
		return out.toString();
	}
}
