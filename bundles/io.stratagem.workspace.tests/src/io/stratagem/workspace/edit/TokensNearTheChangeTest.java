/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.impl.TokenRegionProvider;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.ReplaceRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Injector;

import io.stratagem.testing.ProjectFiles;

/**
 * A change widened to whole tokens by lexing from a token shortly before it
 * ({@link ElementReparser.TokensNearTheChange}) is the region Xtext's lexing from the file's start
 * gives, for random changes of the example's files: inside and across names, titles, comments,
 * numbers and white space, and changes that open or close a string or a comment.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class TokensNearTheChangeTest {

	private static final String[] INSERTED = { "", "a", "x1", " ", "\n", "\t\t", "\"", "\"title\"", "/*", "*/", "//", "// note\n", "}", "{", ".", "7", "2027-",
			"-", "Cloud", "kpi", " owner ", "\\" };

	@Inject
	private Injector injector;

	@Inject
	private IParser parser;

	@Inject
	private TokenRegionProvider fromTheStart;

	@Test
	void randomChangesOfTheExampleAreWidenedToTheTokensALexingFromTheStartFinds() throws IOException {
		randomChangesAreWidenedToTheTokensALexingFromTheStartFinds(4096);
	}

	/** With a window after the change shorter than many tokens: the tokens that reach its end are lexed again from the whole rest. */
	@Test
	void randomChangesLexedFirstInASmallWindowAreWidenedToTheTokensALexingFromTheStartFinds() throws IOException {
		randomChangesAreWidenedToTheTokensALexingFromTheStartFinds(3);
	}

	private void randomChangesAreWidenedToTheTokensALexingFromTheStartFinds(int window) throws IOException {
		Random random = new Random(23);
		int compared = 0;
		int fromNearTheChange = 0;
		for (Path file : ProjectFiles.strategyFiles(ProjectFiles.example("acme-insurance"))) {
			String text = Files.readString(file);
			ICompositeNode root = parser.parse(new StringReader(text)).getRootNode();
			for (int i = 0; i < 300; i++) {
				int offset = random.nextInt(text.length() + 1);
				int length = Math.min(random.nextInt(12), text.length() - offset);
				ReplaceRegion change = new ReplaceRegion(offset, length, INSERTED[random.nextInt(INSERTED.length)]);
				StringBuilder changed = new StringBuilder(text);
				change.applyTo(changed);

				ElementReparser.TokensNearTheChange nearTheChange = injector.getInstance(ElementReparser.TokensNearTheChange.class);
				int start = ElementReparser.TokensNearTheChange.tokenStartBefore(root, offset);
				nearTheChange.startAt(start);
				nearTheChange.windowAfterTheChange(window);
				ReplaceRegion expected = fromTheStart.getTokenReplaceRegion(changed.toString(), change);
				ReplaceRegion actual = nearTheChange.getTokenReplaceRegion(changed.toString(), change);
				assertEquals(expected.toString(), actual.toString(), file.getFileName() + ": " + change + " lexed from " + start);
				compared++;
				if (start > 0) {
					fromNearTheChange++;
				}
			}
		}
		assertTrue(fromNearTheChange > compared / 2, fromNearTheChange + " of " + compared + " changes were lexed from a token near them");
	}
}
