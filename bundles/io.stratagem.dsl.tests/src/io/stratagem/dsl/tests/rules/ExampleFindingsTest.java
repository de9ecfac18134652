package io.stratagem.dsl.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import io.stratagem.testing.ProjectFiles;
import io.stratagem.dsl.tests.StrategyInjectorProvider;
import io.stratagem.dsl.tests.Workspace;

/**
 * The Acme Insurance example has no error-severity finding, and every finding it has is listed in
 * the "Findings" section of examples/README.md (as a table row "| `file:line` | severity | CODE | element |"). The current
 * findings are written to target/acme-insurance-findings.txt.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class ExampleFindingsTest {

	@Inject
	private Workspace workspace;

	@Test
	void acmeInsuranceFindingsAreListedInTheExamplesReadme() throws IOException {
		Path folder = ProjectFiles.example("acme-insurance");
		workspace.empty().addAll(ProjectFiles.strategyFiles(folder)).link();
		List<String> findings = workspace.findings();
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target/acme-insurance-findings.txt"), findings);
		assertEquals(List.of(), findings.stream().filter(f -> f.split(" ", 4)[1].equals("ERROR")).toList());
		String readme = ProjectFiles.read(ProjectFiles.root().resolve("examples/README.md"));
		List<String> missing = new ArrayList<>();
		for (String finding : findings) {
			String[] parts = finding.split(" ", 6);
			String entry = "| `" + parts[0] + "` | " + parts[1].toLowerCase(java.util.Locale.ROOT) + " | " + parts[2] + " | " + parts[4].replace(":", "") + " |";
			if (!readme.contains(entry)) {
				missing.add(entry);
			}
		}
		assertTrue(missing.isEmpty(), "examples/README.md does not list these findings:\n" + String.join("\n", missing));
	}
}
