package io.stratagem.dsl.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.stratagem.testing.ProjectFiles;
import io.stratagem.dsl.validation.Rule;
import io.stratagem.dsl.validation.RuleCatalogue;
import io.stratagem.dsl.validation.RulesDocument;

/** docs/rules.md is generated from the catalogue and up to date; the catalogue is well-formed. */
class RulesDocumentTest {

	private static final String HOW = "docs/rules.md is out of date: rerun the tests with -Dstratagem.updateDocs=true "
			+ "(./mvnw -o -B verify -Dstratagem.updateDocs=true) or run io.stratagem.dsl.validation.RulesDocument.main with the path of docs/rules.md";

	@Test
	void docsAreUpToDate() throws IOException {
		Path file = ProjectFiles.root().resolve("docs/rules.md");
		String expected = RulesDocument.render();
		if (Boolean.getBoolean("stratagem.updateDocs")) {
			Files.createDirectories(file.getParent());
			Files.writeString(file, expected);
		}
		assertTrue(Files.isRegularFile(file), HOW);
		assertEquals(expected, Files.readString(file), HOW);
	}

	@Test
	void everyRuleIsComplete() {
		Pattern code = Pattern.compile("STRAT-[A-Z]+-\\d{3}");
		assertTrue(RuleCatalogue.rules().size() >= 45, "at least 45 rules");
		for (Rule rule : RuleCatalogue.rules()) {
			assertTrue(code.matcher(rule.code()).matches(), rule.code());
			assertTrue(rule.message().contains("{0}"), rule.code() + " names the element");
			assertTrue(!rule.explanation().isBlank() && !rule.remedy().isBlank() && !rule.source().isBlank(), rule.code());
		}
	}
}
