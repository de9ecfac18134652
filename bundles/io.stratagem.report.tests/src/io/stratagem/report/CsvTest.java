/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** CSV cells that a spreadsheet would run as a formula are written as plain text; quoting follows RFC 4180. */
class CsvTest {

	@Test
	void aCellStartingWithAFormulaCharacterGetsALeadingApostrophe() {
		assertEquals("'=SUM(A1:A2)", Csv.text("=SUM(A1:A2)"));
		assertEquals("'+1", Csv.text("+1"));
		assertEquals("'-1", Csv.text("-1"));
		assertEquals("'@cmd", Csv.text("@cmd"));
		assertEquals("'\tx", Csv.text("\tx"));
		assertEquals("'\rx", Csv.text("\rx"));
	}

	@Test
	void otherCellsAreKeptAsTheyAre() {
		assertEquals("a=b", Csv.text("a=b"));
		assertEquals("Claims triage", Csv.text("Claims triage"));
		assertEquals(" =1", Csv.text(" =1"));
		assertEquals("", Csv.text(""));
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
