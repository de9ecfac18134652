package io.stratagem.roadmap.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

import io.stratagem.dsl.StrategyStandaloneSetup;
import io.stratagem.testing.ProjectFiles;

/**
 * The {@code examples/acme-insurance} model, loaded and linked through the DSL as the command line
 * loads a folder. Loaded once per test run: the engine only reads it.
 */
final class AcmeInsurance {

	private static XtextResourceSet resourceSet;

	private AcmeInsurance() {
	}

	static synchronized XtextResourceSet resourceSet() {
		if (resourceSet == null) {
			Injector injector = new StrategyStandaloneSetup().createInjectorAndDoEMFRegistration();
			XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
			List<Resource> resources = new ArrayList<>();
			for (Path file : files()) {
				resources.add(set.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true));
			}
			for (Resource resource : resources) {
				if (!resource.getErrors().isEmpty()) {
					throw new IllegalStateException(resource.getURI() + ": " + resource.getErrors().get(0).getMessage());
				}
				EcoreUtil.resolveAll(resource);
			}
			resourceSet = set;
		}
		return resourceSet;
	}

	/** Every object of a type in every resource of the set (the example and the library files it uses). */
	static <T extends EObject> List<T> all(Class<T> type) {
		List<T> result = new ArrayList<>();
		for (Resource resource : List.copyOf(resourceSet().getResources())) {
			resource.getAllContents().forEachRemaining(o -> {
				if (type.isInstance(o)) {
					result.add(type.cast(o));
				}
			});
		}
		return result;
	}

	private static List<Path> files() {
		Path folder = ProjectFiles.example("acme-insurance");
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> f.toString().endsWith(".strategy")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
