package io.stratagem.report;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV text for spreadsheets, with text cells that could run as formulas neutralised. */
final class Csv {

	private Csv() {
	}

	/**
	 * A text cell that starts with {@code = + - @}, a tab or a carriage return is what spreadsheets
	 * run as a formula (CSV injection); a leading apostrophe makes it plain text again.
	 */
	static String text(String value) {
		if (value == null) {
			return "";
		}
		return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
	}

	static String write(List<String> header, List<List<String>> rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').setHeader(header.toArray(String[]::new)).get())) {
			for (List<String> row : rows) {
				printer.printRecord(row);
			}
		} catch (IOException e) {
			throw new IllegalStateException(e); // a StringWriter does not fail
		}
		return out.toString();
	}
}
