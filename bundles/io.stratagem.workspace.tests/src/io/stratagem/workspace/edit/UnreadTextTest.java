/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Injector;

import io.stratagem.workspace.report.Finding;

/**
 * One mistake gives one finding in the editing session as on the command line
 * ({@code CascadeFindingsTest}): the names declared in a file that is not UTF-8, or in the part of a
 * file the parser skipped, are known, so the references into them from the other files are not
 * reported as errors of their own (serve, workbench and diagrams show what the session finds). A
 * reference to a name that no file declares still is, after a save as after opening.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class UnreadTextTest {

	private static final String CLAIMS = """
			namespace acme.claims
			import acme.people.*
			import acme.risks.*
			usecase Triage {
				owner Cio
				unit Claims
				risks Leak, Bias
			}
			control Review {
				owner Hr
				applies to Triage
			}
			objective Grow {
				owner Nobody
			}
			""";

	@Inject
	private Injector injector;

	@TempDir
	Path folder;

	@Test
	void referencesIntoAFileThatIsNotUtf8OrDidNotParseAreNotReportedOneByOne() throws Exception {
		Files.writeString(folder.resolve("people.strategy"), """
				namspace acme.people
				role Cio
				role Hr
				unit Claims "Claims" { head Cio }
				""");
		byte[] latin1 = "namespace acme.risks\n// r\u00e9sum\u00e9 of the risks\nrisk Leak { owner Cio }\nrisk Bias\n".getBytes(StandardCharsets.ISO_8859_1);
		Files.write(folder.resolve("risks.strategy"), latin1);
		Files.writeString(folder.resolve("claims.strategy"), CLAIMS);
		List<String> expected = List.of("claims.strategy:14 STRAT-LINK-001", "people.strategy:1 STRAT-PARSE-001", "risks.strategy:0 STRAT-IO-002");

		try (ModelWorkspace workspace = ModelWorkspace.open(folder, injector)) {
			assertEquals(expected, errors(workspace));

			workspace.setText(folder.resolve("claims.strategy"), CLAIMS.replace("risks Leak, Bias", "risks Bias, Leak"));
			assertEquals(expected, errors(workspace), "after a save");
		}
	}

	/** The errors the session reports, as file:line code, in file order. */
	private static List<String> errors(ModelWorkspace workspace) {
		return workspace.read(model -> {
			List<String> errors = new ArrayList<>();
			for (var resource : model.resources()) {
				Path file = Path.of(resource.getURI().toFileString());
				model.issues(file).stream().filter(issue -> issue.getSeverity() == Severity.ERROR)
						.forEach(issue -> errors.add(file.getFileName() + ":" + issue.getLineNumber() + " " + issue.getCode()));
			}
			for (Finding finding : model.fileFindings()) {
				if (finding.severity() == io.stratagem.workspace.report.Severity.ERROR) {
					errors.add(Path.of(finding.file()).getFileName() + ":" + finding.line() + " " + finding.code());
				}
			}
			errors.sort(null);
			return errors;
		});
	}
}
