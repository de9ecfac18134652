/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

import io.stratagem.dsl.scoping.ExportedNamesIndex;
import io.stratagem.dsl.scoping.LinkingScopes;
import io.stratagem.workspace.edit.StrategyInjectorProvider;

/**
 * While {@link ModelLinker} links, each file keeps its root's scope per reference type and what it
 * found for each name ({@link LinkingScopes}). The links, the linking errors and the names each file
 * records as looked up are exactly those of linking without it: imports by wildcard and by name,
 * the own namespace across files, a simple name two imports give (ambiguous), a qualified name two
 * files declare, one name for a role and a unit, built-in library requirements, unresolved names,
 * and names used many times.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class LinkingScopesTest {

	private static final Map<String, String> TEXTS = Map.of(
			"a-people.strategy", """
					namespace acme.people
					role Cio "Chief Information Officer"
					role Cfo "Chief Financial Officer"
					unit Group "Group"
					""",
			"b-other.strategy", """
					namespace acme.other
					role Cio "Another Cio"
					unit Group "Other group"
					role Desk "A role and a unit of one name"
					unit Desk "Desk"
					""",
			"c-twin.strategy", """
					namespace acme.twin
					role Twin "First twin"
					""",
			"d-twin.strategy", """
					namespace acme.twin
					role Twin "Second twin"
					""",
			"e-claims.strategy", """
					namespace acme.people
					import acme.other.Group
					import stratagem.euaiact.*
					usecase Triage { owner Cio unit Group }
					usecase Intake { owner Cfo unit Group }
					usecase Routing { owner acme.twin.Twin unit acme.people.Group }
					usecase Lost { owner Nobody unit acme.nowhere.Group }
					control Audit { satisfies Art10, stratagem.nist.MEASURE_2_11, Art10, Art9 }
					control Review { satisfies Art10, Art99 }
					""",
			"f-ambiguous.strategy", """
					namespace acme.ambiguous
					import acme.people.*
					import acme.other.*
					usecase Both { owner Cio unit Group }
					usecase Once { owner Cfo unit acme.other.Group }
					usecase Third { owner acme.other.Desk unit acme.other.Desk }
					usecase Fourth { unit acme.other.Desk owner acme.other.Desk }
					""");

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private ModelLinker linker;

	@Test
	void theLinkerLinksEveryReferenceAsWithoutKeptScopes() throws IOException {
		String kept = linkedByTheLinker(false);
		assertEquals(linkedWithoutKeptScopes(false), kept);
		assertTrue(kept.contains("-> unresolved"), kept);
		assertTrue(kept.contains("ERROR"), kept);
		assertTrue(kept.contains("eu-ai-act.strategy"), kept);
		assertTrue(kept.contains("owner -> b-other.strategy") && kept.contains("unit -> b-other.strategy"), kept);
	}

	@Test
	void aSetThatRecordsImportedNamesRecordsTheSameNamesWithKeptScopes() throws IOException {
		String kept = linkedByTheLinker(true);
		assertEquals(linkedWithoutKeptScopes(true), kept);
		assertTrue(kept.contains("looked up: "), kept);
	}

	@Test
	void theKeptScopesAreDroppedWhenLinkingEnds() throws IOException {
		XtextResourceSet set = resourceSets.get();
		List<XtextResource> files = parse(set);
		ExportedNamesIndex.install(set, files);

		linker.link(set, files);

		for (XtextResource file : files) {
			assertNull(LinkingScopes.of(file), file.getURI().lastSegment());
		}
	}

	@Test
	void theLongestFilesAreLinkedFirstSoThatNoLargeFileIsLeftAloneOnOneCoreAtTheEnd() throws IOException {
		List<XtextResource> files = parse(resourceSets.get());

		List<String> order = OnAllCores.largestFirst(files, OnAllCores::textLength).stream().map(file -> file.getURI().lastSegment()).toList();

		assertEquals(List.of("e-claims.strategy", "f-ambiguous.strategy", "b-other.strategy", "a-people.strategy", "d-twin.strategy", "c-twin.strategy"), order);
	}

	private String linkedByTheLinker(boolean recording) throws IOException {
		XtextResourceSet set = resourceSets.get();
		if (recording) {
			ExportedNamesIndex.recordImportedNames(set);
		}
		List<XtextResource> files = parse(set);
		ExportedNamesIndex.install(set, files);
		linker.link(set, files);
		return ReferenceTargets.linkingState(files);
	}

	/** What the linker did before it kept scopes: the same preparation, then Xtext's linking of each file. */
	private String linkedWithoutKeptScopes(boolean recording) throws IOException {
		XtextResourceSet set = resourceSets.get();
		if (recording) {
			ExportedNamesIndex.recordImportedNames(set);
		}
		List<XtextResource> files = parse(set);
		ExportedNamesIndex.install(set, files);
		linker.prepare(set, files);
		for (XtextResource file : files) {
			assertNull(LinkingScopes.of(file));
			EcoreUtil2.resolveLazyCrossReferences(file, CancelIndicator.NullImpl);
		}
		return ReferenceTargets.linkingState(files);
	}

	private List<XtextResource> parse(XtextResourceSet set) throws IOException {
		List<XtextResource> files = new ArrayList<>();
		for (Map.Entry<String, String> text : new TreeMap<>(TEXTS).entrySet()) {
			XtextResource file = (XtextResource) set.createResource(URI.createFileURI("/models/" + text.getKey()));
			file.load(new ByteArrayInputStream(text.getValue().getBytes(StandardCharsets.UTF_8)), set.getLoadOptions());
			files.add(file);
		}
		return files;
	}
}
