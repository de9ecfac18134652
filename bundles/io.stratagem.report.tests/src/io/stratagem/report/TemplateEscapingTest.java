/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.samskivert.mustache.Escapers;

import io.stratagem.workspace.report.XmlText;

/**
 * The pages' escaping gives the bytes of JMustache's HTML escaper applied to XML-valid text, which
 * it replaced for speed; plain text comes back as it is.
 */
class TemplateEscapingTest {

	@Test
	void textWithoutSpecialCharactersIsReturnedAsItIs() {
		String plain = "Claims triage 2027-Q4: 45% (été, 日本)";
		assertSame(plain, Templates.escape(plain));
	}

	@Test
	void markupQuotesAndForbiddenCharactersAreEscapedAsJMustacheDoes() {
		List<String> texts = List.of("<script>alert('x')</script>", "a & b", "\"q\" `b` x=1", "&amp; already", "nul\u0000esc\u001b tab\t cr\r lf\n",
				"lone \uD800 surrogate, pair \uD83D\uDE00", "\uFFFE\uFFFF\uFFFD", "<svg onload=alert(1)>", "");
		for (String text : texts) {
			assertEquals(Escapers.HTML.escape(XmlText.valid(text)), Templates.escape(text), text);
		}
	}

	@Test
	void randomTextIsEscapedAsJMustacheDoes() {
		Random random = new Random(20261207);
		String alphabet = "ab &'\"<>`=\t\n\r\u0000\u001f\u00e9\u2026\uD800\uDC00\uD83D\uDE00\uFFFD\uFFFE;#x";
		for (int i = 0; i < 2_000; i++) {
			StringBuilder text = new StringBuilder();
			for (int length = random.nextInt(30); length > 0; length--) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			assertEquals(Escapers.HTML.escape(XmlText.valid(text.toString())), Templates.escape(text.toString()), text.toString());
		}
	}
}
