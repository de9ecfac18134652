/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/** File names of the site's pages, derived from model names and confined to their folder. */
class FileNamesTest {

	@Test
	void aNameBecomesLowerCaseWithDashesForEverythingElse() {
		assertEquals("claims-triage-v2-", FileNames.slug("Claims Triage (v2)"));
		assertEquals("fraud_model-1.0", FileNames.slug("Fraud_Model-1.0"));
		assertEquals("caf-cr-me", FileNames.slug("Café Crème"));
	}

	@Test
	void aNameCannotLeaveItsFolderOrHideAsADotFile() {
		assertEquals("etc-passwd", FileNames.slug("../etc/passwd"));
		assertEquals("hidden", FileNames.slug(".hidden"));
		assertEquals("c-windows", FileNames.slug("C:\\Windows"));
	}

	@Test
	void anEmptyNameIsElement() {
		assertEquals("element", FileNames.slug(null));
		assertEquals("element", FileNames.slug(""));
		assertEquals("element", FileNames.slug("..."));
	}

	@Test
	void aLongNameIsCutAtTheMaximumLength() {
		assertEquals("a".repeat(FileNames.MAX_LENGTH), FileNames.slug("A".repeat(200)));
	}

	@Test
	void namesThatClashIgnoringCaseAreNumberedInModelOrder() {
		List<String> elements = List.of("Claims", "claims", "CLAIMS", "Other");
		FileNames<String> names = new FileNames<>(elements, Function.identity(), ".html");

		assertEquals("claims.html", names.of("Claims"));
		assertEquals("claims-2.html", names.of("claims"));
		assertEquals("claims-3.html", names.of("CLAIMS"));
		assertEquals("other.html", names.of("Other"));
	}

	@Test
	void anElementNotGivenHasNoName() {
		FileNames<String> names = new FileNames<>(List.of("One"), Function.identity(), ".html");

		assertNull(names.of("Two"));
	}
}
