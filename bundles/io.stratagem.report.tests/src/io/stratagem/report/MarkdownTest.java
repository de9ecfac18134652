/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Model text in Markdown and Mermaid stays text: no markup, no table cell break, no directive. */
class MarkdownTest {

	@Test
	void markupCharactersAreEscaped() {
		assertEquals("\\*bold\\* \\_x\\_ \\[link\\](url) \\#h \\! \\`code\\` a\\\\b", Markdown.text("*bold* _x_ [link](url) #h ! `code` a\\b"));
	}

	@Test
	void aPipeCannotBreakATableCell() {
		assertEquals("a\\|b", Markdown.text("a|b"));
	}

	@Test
	void htmlIsWrittenAsText() {
		assertEquals("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more", Markdown.text("<script>alert(1)</script> & more"));
	}

	@Test
	void lineBreaksBecomeSpacesSoATableRowStaysOneLine() {
		assertEquals("first second third", Markdown.text("first\r\nsecond\nthird"));
	}

	@Test
	void noValueIsEmptyText() {
		assertEquals("", Markdown.text(null));
		assertEquals("", Markdown.mermaid(null));
	}

	@Test
	void mermaidTitlesLoseSeparatorsAndCommentMarks() {
		assertEquals("Phase 1 build test 50 done", Markdown.mermaid("Phase 1: build;  test # 50% done"));
		assertEquals("a b", Markdown.mermaid("a\u2028b"));
		assertEquals("say hi", Markdown.mermaid("say `hi`"));
	}

	@Test
	void aMermaidTitleStartingWithADirectiveWordStaysATitle() {
		assertEquals("\u200BSection 9 audit", Markdown.mermaid("Section 9 audit"));
		assertEquals("\u200Bincludes review", Markdown.mermaid("includes review"));
		assertEquals("Audit section 9", Markdown.mermaid("Audit section 9"));
	}

	@Test
	void aMermaidTitleOfSeparatorsOnlyIsUntitled() {
		assertEquals("untitled", Markdown.mermaid(":;#"));
		assertEquals("untitled", Markdown.mermaid(""));
	}
}
