package io.stratagem.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.inject.Inject;

import io.stratagem.model.KPI;

/** Numbers, percentages, counts, yes/no answers and KPI units. */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class NumberValueConversionTest {

	@Inject
	private IValueConverterService converters;

	@Inject
	private Workspace workspace;

	@ParameterizedTest
	@CsvSource({ "9.5, 9.5", "-3, -3", "12000, 12000", "0.05, 0.05", "2.50, 2.50" })
	void keepsDecimalsExactlyAsWritten(String text, String written) {
		BigDecimal value = (BigDecimal) converters.toValue(text, "Decimal", null);
		assertEquals(new BigDecimal(text), value);
		assertEquals(written, converters.toString(value, "Decimal"));
	}

	@Test
	void percentHoldsTheNumberOfPercent() {
		assertEquals(new BigDecimal("80"), converters.toValue("80%", "Percent", null));
		assertEquals("12.5%", converters.toString(new BigDecimal("12.5"), "Percent"));
	}

	@Test
	void countRejectsNumbersTooLargeForIt() {
		ValueConverterException error = assertThrows(ValueConverterException.class, () -> converters.toValue("99999999999", "Count", null));
		assertTrue(error.getMessage().contains("is not a whole number between 0 and"), error.getMessage());
	}

	@Test
	void yesNoAnswers() {
		assertEquals(Boolean.TRUE, converters.toValue("yes", "YesNo", null));
		assertEquals(Boolean.FALSE, converters.toValue("no", "YesNo", null));
		assertEquals("no", converters.toString(Boolean.FALSE, "YesNo"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "days | days", "% | %", "claims per FTE | \"claims per FTE\"", "EUR | EUR", "kpi | \"kpi\"" })
	void unitsAreBareWhenTheyReadBackUnchanged(String unit, String written) {
		assertEquals(written, converters.toString(unit, "UnitName"));
	}

	@Test
	void parsesNumbersInAModel() {
		workspace.empty().add("k.strategy", """
				namespace acme
				kpi CycleTime "Claim cycle time" {
					unit "days per claim"
					direction decrease
					baseline 9.50 at 2026-12
					target -2 by 2028-Q4
					thresholds amber 5 red 8
					measured monthly
					measurement 2027-01 = 9.1 "after the first release"
					measurement 2027-02 = 8.7
				}
				""");
		assertEquals(List.of(), workspace.errors());
		KPI kpi = (KPI) workspace.model("k.strategy").getElements().get(0);
		assertEquals("days per claim", kpi.getUnit());
		assertEquals(new BigDecimal("9.50"), kpi.getBaseline());
		assertEquals(new BigDecimal("-2"), kpi.getTarget());
		assertEquals(new BigDecimal("8"), kpi.getRed());
		assertEquals(2, kpi.getMeasurements().size());
		assertEquals("after the first release", kpi.getMeasurements().get(0).getNote());
		assertEquals(new BigDecimal("8.7"), kpi.getMeasurements().get(1).getValue());
	}
}
