package io.stratagem.workspace.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.stratagem.dsl.validation.Rule;
import io.stratagem.dsl.validation.SourceCodes;
import io.stratagem.testing.ProjectFiles;

/**
 * The table of codes that do not come from the rule catalogue, in docs/cli.md, is written from
 * {@link CoreRules}, the texts SARIF reports carry, so the two cannot drift apart.
 */
class CoreCodesDocumentTest {

	private static final String BEGIN = "<!-- BEGIN table generated from io.stratagem.workspace.report.CoreRules.table(); rerun the tests with -Dstratagem.updateDocs=true -->\n";
	private static final String END = "<!-- END table -->\n";
	private static final String HOW = "docs/cli.md's table of core codes is out of date: rerun the tests with -Dstratagem.updateDocs=true";

	@Test
	void theTableInCliDocsIsTheOneCoreRulesWrites() throws IOException {
		Path file = ProjectFiles.root().resolve("docs/cli.md");
		String text = Files.readString(file);
		int begin = text.indexOf(BEGIN);
		int end = text.indexOf(END);
		assertTrue(begin >= 0 && end > begin, "docs/cli.md keeps the markers of the generated table");
		String expected = text.substring(0, begin + BEGIN.length()) + CoreRules.table() + text.substring(end);
		if (Boolean.getBoolean("stratagem.updateDocs")) {
			Files.writeString(file, expected);
			text = expected;
		}
		assertEquals(expected, text, HOW);
	}

	@Test
	void everySourceCodeIsDescribedOnce() throws IllegalAccessException {
		Set<String> described = new LinkedHashSet<>();
		for (Rule rule : CoreRules.rules()) {
			assertTrue(described.add(rule.code()), rule.code() + " is described once");
			assertTrue(!rule.explanation().isBlank() && !rule.remedy().isBlank(), rule.code());
		}
		Set<String> defined = new LinkedHashSet<>();
		for (Field field : SourceCodes.class.getFields()) {
			if (field.getType() == String.class && Modifier.isStatic(field.getModifiers())) {
				String value = (String) field.get(null);
				if (value.startsWith("STRAT-")) {
					defined.add(value);
				}
			}
		}
		assertEquals(defined, described);
	}
}
