package io.stratagem.roadmap.tests;

import static io.stratagem.roadmap.tests.Models.FACTORY;
import static io.stratagem.roadmap.tests.Models.date;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import io.stratagem.model.Direction;
import io.stratagem.model.KPI;
import io.stratagem.model.Measurement;
import io.stratagem.roadmap.kpi.KpiStatus;
import io.stratagem.roadmap.kpi.KpiStatusService;

/**
 * Forecasts stay inside the values a KPI's unit allows, whatever the straight line through the
 * measurements says. Measurements in January, February and March 2027; forecasts on the target date.
 */
class KpiForecastDomainTest {

	private static final double EPSILON = 1e-9;

	private final KpiStatusService service = new KpiStatusService();

	/** 10, 20, 30 %: the line reaches 30 + 10 x 21.97 = 249.7 % by 31 December 2028; a share cannot pass 100. */
	@Test
	void aRisingPercentageIsHeldAtOneHundred() {
		KpiStatus status = service.status(kpi("%", Direction.INCREASE, "45", "2028-12", "10", "20", "30"));
		assertEquals(100.0, status.forecast(), EPSILON);
		assertEquals(Boolean.TRUE, status.onTrack());
	}

	@Test
	void aFallingPercentageIsHeldAtZero() {
		assertEquals(0.0, service.status(kpi("percent", Direction.DECREASE, "5", "2028-12", "30", "20", "10")).forecast(), EPSILON);
	}

	@Test
	void aFallingCountIsHeldAtZero() {
		assertEquals(0.0, service.status(kpi("claims per 1000 policies", Direction.DECREASE, "5", "2028-12", "30", "20", "10")).forecast(), EPSILON);
	}

	/** 8, 4, 2 days: halved each month, so 0.25 days on 1 June; the straight line says -7.33 days. */
	@Test
	void aFallingDurationKeepsItsShareOfChangeAndStaysAboveZero() {
		KpiStatus status = service.status(kpi("days", Direction.DECREASE, "1", "2027-06-01", "8", "4", "2"));
		assertEquals(0.25, status.forecast(), EPSILON);
		assertEquals(Boolean.TRUE, status.onTrack());
	}

	/** Money can be lost: 3, 2, 1 EUR m goes on to -2 by 1 June. */
	@Test
	void anUnboundedUnitFollowsTheStraightLine() {
		assertEquals(-2.0, service.status(kpi("EUR m", Direction.INCREASE, "5", "2027-06-01", "3", "2", "1")).forecast(), EPSILON);
	}

	/** A gap in percentage points is a difference, not a share: it may go below zero. */
	@Test
	void percentagePointsAreNotAPercentage() {
		assertEquals(-2.0, service.status(kpi("percentage points", Direction.DECREASE, "1", "2027-06-01", "3", "2", "1")).forecast(), EPSILON);
	}

	/** A straight line inside the domain is left as it is: 10, 11, 12 % reaches 15 % on 1 June. */
	@Test
	void aForecastInsideTheDomainIsTheStraightLine() {
		assertEquals(15.0, service.status(kpi("%", Direction.INCREASE, "45", "2027-06-01", "10", "11", "12")).forecast(), EPSILON);
	}

	/** A KPI measured monthly from January 2027. */
	static KPI kpi(String unit, Direction direction, String target, String targetDate, String... values) {
		KPI kpi = FACTORY.createKPI();
		kpi.setName("K");
		kpi.setUnit(unit);
		kpi.setDirection(direction);
		kpi.setTarget(new BigDecimal(target));
		kpi.setTargetDate(date(targetDate));
		YearMonth month = YearMonth.parse("2027-01");
		for (String value : values) {
			Measurement measurement = FACTORY.createMeasurement();
			measurement.setDate(date(month.toString()));
			measurement.setValue(new BigDecimal(value));
			kpi.getMeasurements().add(measurement);
			month = month.plusMonths(1);
		}
		return kpi;
	}
}
