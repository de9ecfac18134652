package io.stratagem.roadmap.tests;

import static io.stratagem.roadmap.tests.KpiForecastDomainTest.kpi;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.stratagem.model.Direction;
import io.stratagem.roadmap.kpi.Forecast;
import io.stratagem.roadmap.kpi.KpiStatusService;
import io.stratagem.roadmap.kpi.UnitDomain;

/** Each forecast says which domain its unit has and how it was computed, in words a reader can follow. */
class KpiForecastMethodTest {

	private final KpiStatusService service = new KpiStatusService();

	@ParameterizedTest(name = "unit \"{0}\" is {1}")
	@CsvSource({ "%, PERCENT", "Percent, PERCENT", "per cent, PERCENT", "days, DURATION", "minutes, DURATION", "claims per 1000 policies, NON_NEGATIVE",
			"A/E ratio, NON_NEGATIVE", "incidents, NON_NEGATIVE", "percentage points, UNBOUNDED", "EUR m, UNBOUNDED", "NPS, UNBOUNDED", "'', UNBOUNDED" })
	void unitDomains(String unit, UnitDomain expected) {
		assertEquals(expected, UnitDomain.of(unit));
	}

	@ParameterizedTest(name = "{0} {1}, {2}: {3}")
	@CsvSource(delimiter = '|', value = { //
			"%|10;20;30|2028-12|HELD_AT_BOUND|straight line (249.68) held at the unit's maximum", //
			"%|30;20;10|2028-12|HELD_AT_BOUND|straight line (-209.68) held at the unit's minimum", //
			"%|10;11;12|2027-06-01|STRAIGHT_LINE|straight line through the measurements", //
			"days|8;4;2|2027-06-01|CONSTANT_RATE|same share of change each month (a duration stays above zero)", //
			"days|2;1;0|2027-06-01|HELD_AT_BOUND|straight line (-3.00) held at the unit's minimum", //
			"EUR m|3;2;1|2027-06-01|STRAIGHT_LINE|straight line through the measurements" })
	void methodAndExplanation(String unit, String values, String targetDate, Forecast.Method method, String explanation) {
		Forecast forecast = service.status(kpi(unit, Direction.INCREASE, "5", targetDate, values.split(";"))).projection();
		assertEquals(method, forecast.method());
		assertEquals(explanation, forecast.explanation());
		assertEquals(UnitDomain.of(unit), forecast.domain());
	}
}
