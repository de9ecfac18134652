package io.stratagem.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.inject.Inject;

import io.stratagem.model.Strategy;
import io.stratagem.model.time.StrategyDate;
import io.stratagem.model.time.StrategyDate.Precision;

/** Dates: quarters, months and days, their spans, and the errors for malformed ones. */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class DateValueConversionTest {

	@Inject
	private IValueConverterService converters;

	@Inject
	private Workspace workspace;

	@ParameterizedTest
	@CsvSource({
			"2027-Q1, QUARTER, 2027-01-01, 2027-03-31",
			"2027-q4, QUARTER, 2027-10-01, 2027-12-31",
			"2027-03, MONTH, 2027-03-01, 2027-03-31",
			"2028-02, MONTH, 2028-02-01, 2028-02-29",
			"2027-03-15, DAY, 2027-03-15, 2027-03-15" })
	void convertsQuartersMonthsAndDaysToTheirSpan(String text, Precision precision, LocalDate first, LocalDate last) {
		StrategyDate date = (StrategyDate) converters.toValue(text, "DATE", null);
		assertEquals(precision, date.precision());
		assertEquals(first, date.firstDay());
		assertEquals(last, date.lastDay());
	}

	@ParameterizedTest
	@CsvSource({ "2027-q4, 2027-Q4", "2027-03, 2027-03", "2027-03-05, 2027-03-05" })
	void writesTheCanonicalForm(String text, String canonical) {
		assertEquals(canonical, converters.toString(converters.toValue(text, "DATE", null), "DATE"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"2027-13    | month must be 01 to 12, not 13",
			"2027-00    | month must be 01 to 12, not 00",
			"2027-Q5    | quarter must be Q1 to Q4, not Q5",
			"2027-02-30 | day must be 01 to 28 in 2027-02, not 30",
			"2027-1     | is not a date: write a quarter (2027-Q1), a month (2027-03) or a day (2027-03-15)",
			"27-Q1      | is not a date",
			"2027-QQ    | is not a date" })
	void rejectsMalformedDatesSayingWhatIsWrong(String text, String expected) {
		ValueConverterException error = assertThrows(ValueConverterException.class, () -> converters.toValue(text, "DATE", null));
		assertTrue(error.getMessage().contains(expected), error.getMessage());
	}

	@Test
	void comparesBySpanStart() {
		assertTrue(StrategyDate.parse("2027-Q1").compareTo(StrategyDate.parse("2027-02")) < 0);
		assertTrue(StrategyDate.parse("2027-03-31").endsBefore(StrategyDate.parse("2027-Q2")));
		assertEquals(StrategyDate.parse("2027-Q1"), StrategyDate.valueOf("2027-q1"));
	}

	@Test
	void reportsABadDateInAFileAtItsLineAndColumn() {
		workspace.empty().add("s.strategy", """
				namespace acme
				strategy S {
					horizon 2027-Q1 to 2029-13
				}
				""");
		Resource.Diagnostic error = workspace.firstSyntaxError("s.strategy");
		assertNotNull(error);
		assertEquals(3, error.getLine());
		assertEquals(21, error.getColumn());
		assertTrue(error.getMessage().contains("'2029-13' is not a valid date: month must be 01 to 12, not 13"), error.getMessage());
		Strategy strategy = (Strategy) workspace.model("s.strategy").getElements().get(0);
		assertEquals(StrategyDate.ofQuarter(2027, 1), strategy.getHorizonStart());
	}
}
