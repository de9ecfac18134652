/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import io.stratagem.workspace.report.XmlText;

/** Text that XML 1.0 forbids is replaced, so a page or a JUnit report stays well-formed. */
class XmlTextTest {

	@Test
	void forbiddenCharactersBecomeTheReplacementCharacter() {
		assertEquals("a\uFFFDb\uFFFDc\uFFFD", XmlText.valid("a\u0000b\u001Bc\uFFFE"));
	}

	@Test
	void aLoneSurrogateIsReplacedButAPairIsKept() {
		assertEquals("x\uFFFDy", XmlText.valid("x\uD800y"));
		assertEquals("\uD83D\uDE00", XmlText.valid("\uD83D\uDE00"));
	}

	@Test
	void tabsAndLineBreaksAreKept() {
		assertEquals("a\tb\nc\rd", XmlText.valid("a\tb\nc\rd"));
	}

	@Test
	void noTextStaysNoText() {
		assertNull(XmlText.valid(null));
	}
}
