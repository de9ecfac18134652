package io.stratagem.dsl.tests.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Rules of area TIME: dates in the years 1900 to 2200, durations of at most 100 years. */
class TimeBoundsRulesTest extends RuleTest {

	@Test
	void datesOutsideTheYears1900To2200AreFindings() {
		assertEquals(List.of("m.strategy:1 ERROR STRAT-TIME-001 Strategy S: S: horizon end 2201-Q1 is outside the years 1900 to 2200",
				"m.strategy:3 ERROR STRAT-TIME-001 Initiative I: I: start 1899-12 is outside the years 1900 to 2200",
				"m.strategy:5 ERROR STRAT-TIME-001 Measurement K: K: date 9999-01-31 is outside the years 1900 to 2200"),
				findings(TIME_DATE_OUT_OF_BOUNDS, """
						strategy S { horizon 1900-Q1 to 2201-Q1 }
						roadmap R {
							initiative I { start 1899-12 duration 1 months }
						}
						kpi K { measurement 9999-01-31 = 1 measurement 2200-12-31 = 2 }
						"""));
	}

	@Test
	void durationsLagsAndRetentionsOfMoreThanAHundredYearsAreFindings() {
		assertEquals(List.of("m.strategy:2 ERROR STRAT-TIME-002 Duration I: I: duration 999999 years is longer than 100 years",
				"m.strategy:3 ERROR STRAT-TIME-002 Duration J: J: lag 2147483647 years is longer than 100 years",
				"m.strategy:5 ERROR STRAT-TIME-002 Duration D: D: retention 36526 days is longer than 100 years"),
				findings(TIME_DURATION_TOO_LONG, """
						roadmap R {
							initiative I { start 2027-01 duration 999999 years }
							initiative J { after I lag 2147483647 years duration 1200 months }
						}
						data D { retention 36526 days }
						data E { retention 100 years }
						"""));
	}
}
