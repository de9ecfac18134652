/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

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
import io.stratagem.testing.ProjectFiles;
import io.stratagem.workspace.edit.StrategyInjectorProvider;

/**
 * While {@link ModelLinker} links, the files of the pass look names up in the workspace's index
 * through lookups they share ({@code IndexedWorkspaceScope}, {@code LinkingPass}) instead of Xtext's
 * container scopes. Every reference's target, every linking error and every name a file records as
 * looked up are those of Xtext's chain of scopes alone: on the example, and on generated sets that
 * mix explicit and wildcard imports, names of the file's own namespace declared in other files,
 * workspace elements that shadow built-in library requirements, names two imports give
 * (ambiguous), qualified names several files declare, one name for elements of different types,
 * and names nothing declares.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class SharedIndexLookupsTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private ModelLinker linker;

	@Test
	void theExampleLinksAsWithXtextsScopesAlone() throws IOException {
		Map<String, String> texts = new LinkedHashMap<>();
		for (Path file : ProjectFiles.strategyFiles(ProjectFiles.example("acme-insurance"))) {
			texts.put(file.getFileName().toString(), Files.readString(file));
		}

		String shared = linkedByTheLinker(texts, false);

		assertEquals(linkedByXtextAlone(texts, false), shared);
		assertTrue(shared.lines().filter(line -> line.contains(".strategy#")).count() > 500, shared);
	}

	@Test
	void generatedSetsWithEveryKindOfNameLinkAsWithXtextsScopesAlone() throws IOException {
		for (long seed = 1; seed <= 6; seed++) {
			Map<String, String> texts = generated(seed);

			String shared = linkedByTheLinker(texts, false);

			assertEquals(linkedByXtextAlone(texts, false), shared, "seed " + seed);
			assertTrue(shared.contains("-> unresolved"), shared);
			assertTrue(shared.contains("eu-ai-act.strategy#"), "a library requirement is linked: " + shared);
			assertTrue(shared.contains("-> s-library-shadow"), "a workspace requirement shadows the library's: " + shared);
		}
	}

	@Test
	void aSetThatRecordsImportedNamesRecordsTheSameNames() throws IOException {
		Map<String, String> texts = generated(7);

		String shared = linkedByTheLinker(texts, true);

		assertEquals(linkedByXtextAlone(texts, true), shared);
		assertTrue(shared.contains("looked up: "), shared);
	}

	/**
	 * Files in a few namespaces, some shared, one of them a library namespace (its requirement Art9
	 * shadows the library's), each importing a random choice of namespaces and names (some that do
	 * not exist) and declaring roles, units and requirements from one small pool of names, so that
	 * names collide across namespaces, files and types; use cases and controls then refer to simple,
	 * partly and fully qualified names, library names and names nothing declares.
	 */
	private static Map<String, String> generated(long seed) {
		Random random = new Random(seed);
		String[] namespaces = { "acme.a", "acme.b", "acme.c", "acme.a", "other" };
		String[] pool = { "Cio", "Cfo", "Group", "Desk", "Twin", "Art9", "Art10" };
		String[] kinds = { "role", "unit", "requirement" };
		String[] library = { "Art9", "Art10", "Art4", "Art99", "stratagem.euaiact.Art9", "stratagem.euaiact.Art10", "stratagem.nist.MEASURE_2_11", "euaiact.Art9" };
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("s-library-shadow.strategy", "namespace stratagem.euaiact\nrequirement Art9 \"A workspace requirement of a library name\"\nrole Art10 \"A role of a library name\"\n");
		for (int file = 0; file < 12; file++) {
			StringBuilder text = new StringBuilder();
			if (random.nextInt(6) > 0) {
				text.append("namespace ").append(namespaces[random.nextInt(namespaces.length)]).append('\n');
			}
			for (int i = random.nextInt(5); i > 0; i--) {
				String namespace = namespaces[random.nextInt(namespaces.length)];
				switch (random.nextInt(5)) {
				case 0 -> text.append("import ").append(namespace).append(".*\n");
				case 1 -> text.append("import ").append(namespace).append('.').append(pool[random.nextInt(pool.length)]).append('\n');
				case 2 -> text.append("import stratagem.euaiact.*\n");
				case 3 -> text.append("import nowhere.*\n");
				default -> text.append("import stratagem.euaiact.").append(library[random.nextInt(2)]).append('\n');
				}
			}
			for (int i = 2 + random.nextInt(4); i > 0; i--) {
				text.append(kinds[random.nextInt(kinds.length)]).append(' ').append(pool[random.nextInt(pool.length)]).append(" \"t\"\n");
			}
			for (int i = 0; i < 4; i++) {
				text.append("usecase U").append(file).append('_').append(i).append(" { owner ").append(name(random, namespaces, pool)).append(" unit ")
						.append(name(random, namespaces, pool)).append(" }\n");
				text.append("control C").append(file).append('_').append(i).append(" { satisfies ").append(random.nextBoolean() ? library[random.nextInt(library.length)] : name(random, namespaces, pool))
						.append(", ").append(library[random.nextInt(library.length)]).append(" }\n");
			}
			texts.put("f" + (char) ('a' + file) + ".strategy", text.toString());
		}
		return texts;
	}

	private static String name(Random random, String[] namespaces, String[] pool) {
		String simple = pool[random.nextInt(pool.length)];
		return switch (random.nextInt(6)) {
		case 0 -> namespaces[random.nextInt(namespaces.length)] + "." + simple;
		case 1 -> "Missing" + random.nextInt(3);
		case 2 -> "a." + simple;
		default -> simple;
		};
	}

	private String linkedByTheLinker(Map<String, String> texts, boolean recording) throws IOException {
		XtextResourceSet set = resourceSets.get();
		if (recording) {
			ExportedNamesIndex.recordImportedNames(set);
		}
		List<XtextResource> files = parse(set, texts);
		ExportedNamesIndex.install(set, files);
		linker.link(set, files);
		return ReferenceTargets.linkingState(files);
	}

	/** The same files, index and preparation, each file then linked by Xtext alone, one reference at a time. */
	private String linkedByXtextAlone(Map<String, String> texts, boolean recording) throws IOException {
		XtextResourceSet set = resourceSets.get();
		if (recording) {
			ExportedNamesIndex.recordImportedNames(set);
		}
		List<XtextResource> files = parse(set, texts);
		ExportedNamesIndex.install(set, files);
		linker.prepare(set, files);
		for (XtextResource file : files) {
			EcoreUtil2.resolveLazyCrossReferences(file, CancelIndicator.NullImpl);
		}
		return ReferenceTargets.linkingState(files);
	}

	private static List<XtextResource> parse(XtextResourceSet set, Map<String, String> texts) throws IOException {
		List<XtextResource> files = new ArrayList<>();
		for (Map.Entry<String, String> text : texts.entrySet()) {
			XtextResource file = (XtextResource) set.createResource(URI.createFileURI("/models/" + text.getKey()));
			file.load(new ByteArrayInputStream(text.getValue().getBytes(StandardCharsets.UTF_8)), set.getLoadOptions());
			files.add(file);
		}
		return files;
	}
}
