package io.stratagem.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import io.stratagem.testing.ProjectFiles;

/** Every bundled example parses and links with no error. */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class ExamplesTest {

	@Inject
	private Workspace workspace;

	@Test
	void acmeInsuranceParsesAndLinksWithoutErrors() {
		Path folder = ProjectFiles.example("acme-insurance");
		List<Path> files = ProjectFiles.strategyFiles(folder);
		assertFalse(files.isEmpty(), "no .strategy files in " + folder);
		workspace.empty().addAll(files).link();
		assertEquals(List.of(), workspace.errors());
	}

	@Test
	void everyExampleFolderIsDescribedInTheExamplesReadme() {
		String readme = ProjectFiles.read(ProjectFiles.root().resolve("examples/README.md"));
		for (Path file : ProjectFiles.strategyFiles(ProjectFiles.root().resolve("examples"))) {
			String name = file.getFileName().toString();
			assertTrue(readme.contains(name), "examples/README.md does not describe " + name);
			assertTrue(Files.isRegularFile(file));
		}
	}
}
