/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CSV cells that a spreadsheet would run as a formula are written as plain text; quoting follows RFC 4180. */
class CsvTest {

	@ParameterizedTest(name = "[{index}] {0}")
	@ValueSource(strings = { "=SUM(A1:A2)", "+1", "-1", "@cmd", "\tx", "\rx" })
	void aCellStartingWithAFormulaCharacterGetsALeadingApostrophe(String cell) {
		assertEquals("'" + cell, Csv.text(cell));
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@ValueSource(strings = { "a=b", "Claims triage", " =1", "" })
	void otherCellsAreKeptAsTheyAre(String cell) {
		assertEquals(cell, Csv.text(cell));
	}

	@Test
	void noValueIsAnEmptyCell() {
		assertEquals("", Csv.text(null));
	}

	@Test
	void writesAHeaderAndQuotesOnlyCellsThatNeedIt() {
		String csv = Csv.write(List.of("id", "name"),
				List.of(List.of("1", "a, b"), List.of("2", "say \"hi\""), List.of("3", "two\nlines")));

		assertEquals("id,name\n1,\"a, b\"\n2,\"say \"\"hi\"\"\"\n3,\"two\nlines\"\n", csv);
	}
}
