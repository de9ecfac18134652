package io.stratagem.reliability.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.stratagem.dsl.formatting2.DocumentFormatter;
import io.stratagem.testing.CommandRun;

/** The inputs with which fuzzing broke a step, cut down to what matters; each stays fixed. */
class FuzzFindingsTest {

	/** An element that a syntax error leaves without a name used to stop generate (NullPointerException). */
	@Test
	void anElementWithoutANameStillGenerates() {
		Pipeline.Outcome outcome = Pipeline.run("f.strategy", Map.of("f.strategy", "capability \u0000 \u0000 risk { "));
		assertTrue(outcome.hasSyntaxErrors());
		GeneratedOutput.assertWellFormed(outcome.generated());
	}

	/** A use case's data asset that does not say whether it holds personal data stopped its page (NullPointerException). */
	@Test
	void aDataAssetWithoutPersonalDataStillGetsItsUseCasePage() {
		Pipeline.Outcome outcome = Pipeline.run("f.strategy", Map.of("f.strategy",
				"namespace a\ndata Claims \"Claims\" { classification internal }\nusecase U \"Use\" { stage idea uses data Claims }\n"));
		GeneratedOutput.assertWellFormed(outcome.generated());
		assertTrue(outcome.generated().get("use-cases/a.u.html").contains("<td>Claims</td><td>internal</td><td></td>"),
				outcome.generated().get("use-cases/a.u.html"));
	}

	/** A NUL quoted into a syntax error message used to make findings.html an invalid XML document. */
	@Test
	void controlCharactersInMessagesKeepPagesWellFormed() {
		Pipeline.Outcome outcome = Pipeline.run("f.strategy", Map.of("f.strategy", "namespace fuzz\nrole \u0000R\u0007 \"\u0001\"\n"));
		assertFalse(outcome.issues().isEmpty());
		GeneratedOutput.assertWellFormed(outcome.generated());
		assertTrue(outcome.generated().get("findings.html").contains("\uFFFD"), "the character is shown as a replacement character");
	}

	/** Once linked, a file whose references do not resolve was refused as if it had syntax errors. */
	@Test
	void aLinkedFileWithUnresolvedReferencesIsStillFormatted() {
		String text = "namespace a\n\nusecase U {\n\towner Nobody\n}\n";
		Pipeline.Outcome outcome = Pipeline.run("f.strategy", Map.of("f.strategy", text));
		assertFalse(outcome.resource().getErrors().isEmpty(), "the reference is unresolved");
		assertEquals(text, Pipeline.INJECTOR.getInstance(DocumentFormatter.class).format(outcome.resource()));
	}

	/** A one-line block comment on a line of its own moved to the previous line on every run. */
	@Test
	void formattingABlockCommentTwiceChangesNothing() {
		for (String text : new String[] { "namespace\n /* note */    \n acme.datasets\n\nrole R\n", "namespace a\n\nusecase\n /* c */  \n X\n",
				"namespace a\n\nusecase /* c */\nX\n", "namespace a /* c */\n\nrole R /* d */ \"t\"\n" }) {
			String once = format(text);
			assertEquals(once, format(once), "input:\n" + text);
		}
	}

	/** An item given twice (the parser keeps the last) made the formatter throw a NullPointerException. */
	@Test
	void anItemGivenTwiceIsRefusedByTheFormatterNotACrash(@TempDir Path dir) throws IOException {
		String text = "namespace a\n\nrisk R {\n\tresidual likelihood 2 impact 2\n\tinherent likelihood 2 impact 3\n\tresidual likelihood 1 impact 3\n}\n";
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> format(text));
		assertEquals("f.strategy:4 gives an item that the element already has (residual likelihood 2 impact 2), and only the last one counts: remove one of them; the file is not formatted",
				refused.getMessage());
		Path file = Files.writeString(dir.resolve("twice.strategy"), text.replace("\t", "  "));
		CommandRun format = Command.run("format", file.toString());
		assertEquals(1, format.exitCode());
		assertTrue(format.err().contains("twice.strategy: error STRAT-PARSE-001 twice.strategy:4 gives an item"), format.err());
		assertEquals(text.replace("\t", "  "), Files.readString(file));
	}

	private static String format(String text) {
		XtextResource resource = Pipeline.parse(Map.of("f.strategy", text)).get("f.strategy");
		return Pipeline.INJECTOR.getInstance(DocumentFormatter.class).format(resource);
	}
}
