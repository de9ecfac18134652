package io.stratagem.diagram.tests;

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
import io.stratagem.model.Roadmap;
import io.stratagem.roadmap.ModelElements;
import io.stratagem.testing.ProjectFiles;

/**
 * The {@code examples/acme-insurance} model, loaded and linked through the DSL as the command line
 * loads a folder. Loaded once per test run: the diagrams only read it.
 */
final class AcmeInsurance {

	private static List<Resource> resources;
	private static Injector injector;

	private AcmeInsurance() {
	}

	static synchronized Injector injector() {
		if (injector == null) {
			injector = new StrategyStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** The example's own files (not the built-in libraries they import), in path order. */
	static synchronized List<Resource> resources() {
		if (resources == null) {
			resources = load(files(root().resolve("examples/acme-insurance")));
		}
		return resources;
	}

	/** Loads and links some .strategy files in a new resource set. */
	static List<Resource> load(List<Path> files) {
		XtextResourceSet set = injector().getInstance(XtextResourceSet.class);
		List<Resource> loaded = new ArrayList<>();
		for (Path file : files) {
			loaded.add(set.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true));
		}
		for (Resource resource : loaded) {
			if (!resource.getErrors().isEmpty()) {
				throw new IllegalStateException(resource.getURI() + ": " + resource.getErrors().get(0).getMessage());
			}
			EcoreUtil.resolveAll(resource);
		}
		return List.copyOf(loaded);
	}

	static List<EObject> roots() {
		List<EObject> roots = new ArrayList<>();
		resources().forEach(r -> roots.addAll(r.getContents()));
		return roots;
	}

	static <T> List<T> all(Class<T> type) {
		return ModelElements.of(roots()).all(type);
	}

	static Roadmap roadmap() {
		return all(Roadmap.class).get(0);
	}

	static List<Path> files(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> f.toString().endsWith(".strategy")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Path root() {
		return ProjectFiles.root();
	}
}
