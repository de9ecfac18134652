/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.load;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.linking.impl.ImportedNamesAdapter;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

import io.stratagem.dsl.scoping.ExportedNamesIndex;
import io.stratagem.workspace.edit.StrategyInjectorProvider;

/**
 * What linking adds to a file while other threads read the file's adapters is made before the
 * linking threads start: the record of the names each file looks up, where the set keeps one (the
 * editing session). Made by a linking thread, it raced with the threads reading that file's
 * exported names (an ArrayIndexOutOfBoundsException in EMF's adapter list, once in CI).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class ModelLinkerThreadsTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private ModelLinker linker;

	@Test
	void aSetThatRecordsImportedNamesGivesEachFileItsRecordBeforeLinking() throws IOException {
		XtextResourceSet set = resourceSets.get();
		ExportedNamesIndex.recordImportedNames(set);
		List<XtextResource> files = parse(set);

		linker.prepare(set, files);

		for (XtextResource file : files) {
			assertNotNull(ImportedNamesAdapter.find(file), file.getURI() + " has its record before the threads start");
		}
	}

	@Test
	void aSetThatDoesNotRecordImportedNamesGetsNoRecord() throws IOException {
		XtextResourceSet set = resourceSets.get();
		List<XtextResource> files = parse(set);

		linker.prepare(set, files);

		for (XtextResource file : files) {
			assertNull(ImportedNamesAdapter.find(file), file.getURI() + " keeps no record for the command line");
		}
	}

	private static List<XtextResource> parse(XtextResourceSet set) throws IOException {
		Map<String, String> texts = Map.of("people.strategy", "namespace acme.people\nrole Cio\n", "claims.strategy",
				"namespace acme.claims\nimport acme.people.*\nunit Claims \"Claims\" { head Cio }\n");
		List<XtextResource> files = new ArrayList<>();
		for (Map.Entry<String, String> text : new TreeMap<>(texts).entrySet()) {
			XtextResource file = (XtextResource) set.createResource(URI.createFileURI("/models/" + text.getKey()));
			file.load(new ByteArrayInputStream(text.getValue().getBytes(StandardCharsets.UTF_8)), set.getLoadOptions());
			files.add(file);
		}
		ExportedNamesIndex.install(set, files);
		return files;
	}
}
