/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** File names of the site's pages, derived from model names and confined to their folder. */
class FileNamesTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "Claims Triage (v2), claims-triage-v2-", "Fraud_Model-1.0, fraud_model-1.0", "Café Crème, caf-cr-me" })
	void aNameBecomesLowerCaseWithDashesForEverythingElse(String name, String slug) {
		assertEquals(slug, FileNames.slug(name));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "../etc/passwd, etc-passwd", ".hidden, hidden", "C:\\Windows, c-windows" })
	void aNameCannotLeaveItsFolderOrHideAsADotFile(String name, String slug) {
		assertEquals(slug, FileNames.slug(name));
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@NullSource
	@ValueSource(strings = { "", "..." })
	void anEmptyNameIsElement(String name) {
		assertEquals("element", FileNames.slug(name));
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
