/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

import io.stratagem.workspace.edit.StrategyInjectorProvider;
import io.stratagem.workspace.report.Finding;
import io.stratagem.workspace.report.FindingCollector;
import io.stratagem.workspace.report.Severity;

/**
 * One mistake gives one finding: a file with a typo at its top and a file that is not UTF-8 give
 * one error each, and the references into them from the other files are not reported as errors of
 * their own. A reference to a name that no file declares still is.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class CascadeFindingsTest {

	@Inject
	private ModelSetLoader loader;

	@Inject
	private FindingCollector collector;

	@TempDir
	Path folder;

	@Test
	void aTypoAtTheTopAndAnUnreadableFileGiveOneErrorEach() throws IOException {
		Files.writeString(folder.resolve("people.strategy"), """
				namspace acme.people
				role Cio
				role Hr
				unit Claims "Claims" { head Cio }
				""");
		byte[] latin1 = "namespace acme.risks\n// r\u00e9sum\u00e9 of the risks\nrisk Leak { owner Cio }\nrisk Bias\n".getBytes(StandardCharsets.ISO_8859_1);
		Files.write(folder.resolve("risks.strategy"), latin1);
		Files.writeString(folder.resolve("claims.strategy"), """
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
				""");
		ModelSet models = loader.load(List.of(folder));
		List<String> errors = collector.collect(models).stream().filter(finding -> finding.severity() == Severity.ERROR)
				.map(finding -> Path.of(finding.file()).getFileName() + ":" + finding.line() + " " + finding.code()).toList();
		assertEquals(List.of("claims.strategy:14 STRAT-LINK-001", "people.strategy:1 STRAT-PARSE-001", "risks.strategy:0 STRAT-IO-002"), errors);
		assertFalse(models.fullyLinked(), "references left unresolved without a finding are still unresolved");
	}
}
