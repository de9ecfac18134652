/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Injector;

import io.stratagem.cli.Main;
import io.stratagem.dsl.scoping.ExportedNamesIndex;
import io.stratagem.testing.CommandRun;
import io.stratagem.workspace.load.ElementCounter;
import io.stratagem.workspace.load.ModelLinker;
import io.stratagem.workspace.load.ModelSet;
import io.stratagem.workspace.load.ModelSetLoader;
import io.stratagem.workspace.report.Finding;
import io.stratagem.workspace.report.FindingCollector;

/**
 * Files are linked and validated on several threads: the result must be exactly what Xtext's
 * lazy linking and validation on one thread give.
 */
class ParallelLinkingTest {

	@TempDir
	static Path dir;

	private static Path model;

	private final Injector injector = Main.injector();
	private final ModelSetLoader loader = injector.getInstance(ModelSetLoader.class);
	private final FindingCollector collector = injector.getInstance(FindingCollector.class);

	@BeforeAll
	static void synthesize() {
		model = dir.resolve("synth");
		CommandRun result = Cli.run("synth", "--use-cases", "300", "-o", model.toString());
		assertEquals(0, result.exitCode(), result.toString());
	}

	@Test
	void everyReferenceLinksToWhatOneThreadLinksItTo() throws Exception {
		assertTrue(linksAsXtextAlone(model) > 3000, "a model with many references");
	}

	/** The imported federal inventory: 41 files of agencies, each importing shared namespaces and the library. */
	@Test
	void everyReferenceOfTheImportedFederalInventoryLinksToWhatOneThreadLinksItTo() throws Exception {
		Path federal = dir.resolve("federal");
		Path csv = Cli.root().resolve("data/us-federal-ai-inventory-2025/2025_individually_reported_AI_use_cases.csv").normalize();
		CommandRun imported = Cli.run("import", "omb-inventory", csv.toString(), "-o", federal.toString());
		assertEquals(0, imported.exitCode(), imported.toString());

		assertTrue(linksAsXtextAlone(federal) > 10000, "the inventory has many references");
	}

	/**
	 * Loads the folder as the command line does (all files linked in parallel with the pass's shared
	 * lookups) and by Xtext alone, one reference at a time; asserts that every file's references
	 * lead to the same targets and returns how many references there are.
	 */
	private int linksAsXtextAlone(Path model) throws Exception {
		ModelSet parallel = loader.load(List.of(model));
		assertTrue(parallel.fullyLinked());

		// the same files, linked by Xtext alone, one reference at a time, as validation did before
		XtextResourceSet sequential = injector.getInstance(XtextResourceSet.class);
		for (Path file : parallel.resources().keySet()) {
			sequential.getResource(URI.createFileURI(file.toString()), true);
		}
		EcoreUtil.resolveAll(sequential);

		int references = 0;
		for (Map.Entry<Path, XtextResource> file : parallel.resources().entrySet()) {
			List<String> expected = targets(sequential.getResource(URI.createFileURI(file.getKey().toString()), false));
			List<String> actual = targets(file.getValue());
			assertEquals(expected, actual, file.getKey().getFileName().toString());
			references += actual.size();
		}
		return references;
	}

	/** The threads read each other's files' adapters: linking and validating must add none once linking is prepared. */
	@Test
	void linkingAndValidatingAddNoAdapterToAFileOncePrepared() throws Exception {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		List<XtextResource> resources = new ArrayList<>();
		try (var files = Files.list(model)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".strategy")).sorted().toList()) {
				resources.add((XtextResource) set.getResource(URI.createFileURI(file.toString()), true));
			}
		}
		ExportedNamesIndex.install(set, resources);
		injector.getInstance(ModelLinker.class).prepare(set, resources);
		Map<String, List<String>> prepared = adapters(resources);

		for (XtextResource resource : resources) {
			EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl);
		}
		for (XtextResource resource : resources) {
			injector.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		}

		assertEquals(prepared, adapters(resources));
	}

	private static Map<String, List<String>> adapters(List<XtextResource> resources) {
		Map<String, List<String>> adapters = new java.util.TreeMap<>();
		for (XtextResource resource : resources) {
			adapters.put(resource.getURI().lastSegment(), resource.eAdapters().stream().map(adapter -> adapter.getClass().getName()).toList());
		}
		return adapters;
	}

	@Test
	void parallelValidationFindsExactlyWhatOneThreadFinds() {
		ModelSet loaded = loader.load(List.of(model));
		List<Finding> parallel = collector.collect(loaded);

		ModelSet again = loader.load(List.of(model));
		List<Finding> oneThread = collector.collect(new ModelSet(again.resourceSet(), again.resources(), again.loadFindings(), false));

		assertFalse(parallel.isEmpty(), "the synthetic model has warnings to compare");
		assertEquals(oneThread, parallel);
	}

	@Test
	void elementsAreCountedOnAllCoresAsOneThreadCountsThem() {
		ModelSet loaded = loader.load(List.of(model));
		Map<String, Integer> oneThread = new java.util.TreeMap<>(injector.getInstance(ElementCounter.class).count(new ModelSet(loaded.resourceSet(), Map.of(), List.of(), true)));
		for (XtextResource resource : loaded.resources().values()) {
			resource.getAllContents().forEachRemaining(object -> oneThread.merge(object.eClass().getName(), 1, Integer::sum));
		}

		Map<String, Integer> counted = injector.getInstance(ElementCounter.class).count(loaded);

		assertEquals(oneThread, counted);
		assertEquals(300, counted.get("UseCase"), counted.toString());
	}

	@Test
	void anUnresolvedReferenceKeepsValidationOnOneThreadAndIsReportedOnce() throws Exception {
		Path broken = dir.resolve("broken");
		Files.createDirectories(broken);
		Files.writeString(broken.resolve("a.strategy"), "namespace broken.a\n\nunit Group \"Group\" {\n\tstaff 10\n}\n");
		Files.writeString(broken.resolve("b.strategy"), "namespace broken.b\n\nimport broken.a.*\n\nunit Team \"Team\" {\n\tpart of Group\n\tstaff 5\n}\n\n"
				+ "unit Lost \"Lost\" {\n\tpart of Missing\n\tstaff 1\n}\n");

		ModelSet loaded = loader.load(List.of(broken));
		List<Finding> findings = collector.collect(loaded);

		assertFalse(loaded.fullyLinked());
		List<Finding> unresolved = new ArrayList<>();
		for (Finding finding : findings) {
			if (finding.message().contains("Missing")) {
				unresolved.add(finding);
			}
		}
		assertEquals(1, unresolved.size(), findings.toString());
		assertEquals("b.strategy", Path.of(unresolved.get(0).file()).getFileName().toString());
	}

	/** Each object's cross-references, by the URI of their targets, in document order. */
	private static List<String> targets(Resource resource) {
		List<String> targets = new ArrayList<>();
		for (var contents = resource.getAllContents(); contents.hasNext();) {
			EObject object = contents.next();
			for (EObject target : object.eCrossReferences()) {
				targets.add(target.eIsProxy() ? "unresolved " + EcoreUtil.getURI(target) : EcoreUtil.getURI(target).toString());
			}
		}
		return targets;
	}
}
