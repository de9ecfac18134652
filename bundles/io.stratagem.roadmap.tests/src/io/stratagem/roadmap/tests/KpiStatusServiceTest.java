package io.stratagem.roadmap.tests;

import static io.stratagem.roadmap.tests.Models.FACTORY;
import static io.stratagem.roadmap.tests.Models.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.stratagem.model.Direction;
import io.stratagem.model.KPI;
import io.stratagem.model.Measurement;
import io.stratagem.roadmap.kpi.KpiStatus;
import io.stratagem.roadmap.kpi.KpiStatusService;
import io.stratagem.roadmap.kpi.Rag;

/** Red/amber/green in each direction, least-squares trend, forecast and on-track, by hand. */
class KpiStatusServiceTest {

	private static final double EPSILON = 1e-9;

	private final KpiStatusService service = new KpiStatusService();

	@ParameterizedTest(name = "increase, amber 5, red 3: {0} is {1}")
	@CsvSource({ "2, RED", "2.99, RED", "3, AMBER", "4, AMBER", "5, GREEN", "30, GREEN" })
	void increase(String value, Rag expected) {
		assertEquals(expected, service.rate(kpi(Direction.INCREASE, "25", null, "5", "3"), new BigDecimal(value)));
	}

	@ParameterizedTest(name = "decrease, amber 7, red 9: {0} is {1}")
	@CsvSource({ "9.5, RED", "9, AMBER", "8, AMBER", "7, GREEN", "1, GREEN" })
	void decrease(String value, Rag expected) {
		assertEquals(expected, service.rate(kpi(Direction.DECREASE, "2", null, "7", "9"), new BigDecimal(value)));
	}

	@ParameterizedTest(name = "range 0.95 to 1.05, amber 0.02, red 0.05: {0} is {1}")
	@CsvSource({ "1.00, GREEN", "0.95, GREEN", "1.06, GREEN", "1.07, GREEN", "1.08, AMBER", "0.93, GREEN", "0.92, AMBER", "1.10, AMBER",
			"1.11, RED", "0.89, RED" })
	void targetRange(String value, Rag expected) {
		assertEquals(expected, service.rate(kpi(Direction.TARGET_RANGE, "0.95", "1.05", "0.02", "0.05"), new BigDecimal(value)));
	}

	@ParameterizedTest(name = "range 0.95 to 1.05, no thresholds: {0} is {1}")
	@CsvSource({ "1.00, GREEN", "1.05, GREEN", "1.06, AMBER", "0.5, AMBER" })
	void targetRangeWithoutThresholds(String value, Rag expected) {
		assertEquals(expected, service.rate(kpi(Direction.TARGET_RANGE, "0.95", "1.05", null, null), new BigDecimal(value)));
	}

	@Test
	void onlyOneThresholdIsEnough() {
		KPI kpi = kpi(Direction.INCREASE, "25", null, null, "3");
		assertEquals(Rag.RED, service.rate(kpi, new BigDecimal("2")));
		assertEquals(Rag.GREEN, service.rate(kpi, new BigDecimal("4")));
	}

	@Test
	void withoutThresholdsAKpiIsUnrated() {
		KPI kpi = kpi(Direction.INCREASE, "25", null, null, null);
		measure(kpi, "2027-01", "3");
		assertEquals(Rag.UNRATED, service.status(kpi).status());
	}

	@Test
	void withoutMeasurementsThereIsNoData() {
		KPI kpi = kpi(Direction.INCREASE, "25", null, "5", "3");
		assertEquals(new KpiStatus(kpi, Rag.NO_DATA, null, null, null, null), service.status(kpi));
	}

	@Test
	void oneMeasurementRatesButHasNoTrend() {
		KPI kpi = kpi(Direction.INCREASE, "25", null, "5", "3");
		kpi.setTargetDate(date("2029-Q4"));
		Measurement only = measure(kpi, "2027-01", "4");
		assertEquals(new KpiStatus(kpi, Rag.AMBER, only, null, null, null), service.status(kpi));
	}

	/** 2, 4, 6 in January to March: 2 a month; on 1 December 2029, 33 months after March, 6 + 66 = 72. */
	@Test
	void trendAndForecastOnTrack() {
		KPI kpi = kpi(Direction.INCREASE, "25", null, "5", "3");
		kpi.setTargetDate(date("2029-12-01"));
		measure(kpi, "2027-02", "4");
		Measurement latest = measure(kpi, "2027-03", "6");
		measure(kpi, "2027-01", "2");
		KpiStatus status = service.status(kpi);
		assertSame(latest, status.latest());
		assertStatus(Rag.GREEN, 2.0, 72.0, Boolean.TRUE, status);
	}

	/** A month target is forecast on its last day: 31 December is 9 + 30/31 months after 1 March. */
	@Test
	void forecastIsTakenOnTheLastDayOfTheTargetDate() {
		KPI kpi = kpi(Direction.INCREASE, "25", null, "5", "3");
		kpi.setTargetDate(date("2027-12"));
		measureMonthly(kpi, "2027-01", "2", "4", "6");
		assertEquals(6 + 2 * (9 + 30.0 / 31), service.status(kpi).forecast(), EPSILON);
	}

	/** x 0, 1, 2 and y 1, 3, 2: slope ((-1)(-1) + 0 + (1)(0)) / 2 = 0.5; at x = 12: 2 + 0.5 x 11 = 7.5. */
	@Test
	void trendIsTheLeastSquaresSlope() {
		KPI kpi = kpi(Direction.INCREASE, "10", null, "5", "3");
		kpi.setTargetDate(date("2028-01-01"));
		measureMonthly(kpi, "2027-01", "1", "3", "2");
		assertStatus(Rag.RED, 0.5, 7.5, Boolean.FALSE, service.status(kpi));
	}

	/** 10, 9.5, 9: half a unit down a month; ten months after March, 4 is still above the target 2. */
	@Test
	void decreasingKpiOffTrack() {
		KPI kpi = kpi(Direction.DECREASE, "2", null, "7", "9");
		kpi.setTargetDate(date("2028-01-01"));
		measureMonthly(kpi, "2027-01", "10", "9.5", "9");
		assertStatus(Rag.AMBER, -0.5, 4.0, Boolean.FALSE, service.status(kpi));
	}

	@Test
	void rangeKpiOnTrackWhenTheForecastIsInsideTheRange() {
		KPI kpi = kpi(Direction.TARGET_RANGE, "0.95", "1.05", null, null);
		kpi.setTargetDate(date("2027-05-01"));
		measureMonthly(kpi, "2027-01", "1.2", "1.15");
		assertStatus(Rag.AMBER, -0.05, 1.0, Boolean.TRUE, service.status(kpi));
	}

	@Test
	void withoutATargetThereIsNoOnTrackFlag() {
		KPI kpi = kpi(Direction.INCREASE, null, null, "5", "3");
		kpi.setTargetDate(date("2028-01-01"));
		measureMonthly(kpi, "2027-01", "1", "3");
		assertNull(service.status(kpi).onTrack());
	}

	private static KPI kpi(Direction direction, String target, String targetUpper, String amber, String red) {
		KPI kpi = FACTORY.createKPI();
		kpi.setName("K");
		kpi.setDirection(direction);
		kpi.setTarget(target == null ? null : new BigDecimal(target));
		kpi.setTargetUpper(targetUpper == null ? null : new BigDecimal(targetUpper));
		kpi.setAmber(amber == null ? null : new BigDecimal(amber));
		kpi.setRed(red == null ? null : new BigDecimal(red));
		return kpi;
	}

	/** The rating, trend per month, forecast and on-track flag of a status. */
	private static void assertStatus(Rag rag, double trendPerMonth, double forecast, Boolean onTrack, KpiStatus status) {
		assertEquals(rag, status.status());
		assertEquals(trendPerMonth, status.trendPerMonth(), EPSILON);
		assertEquals(forecast, status.forecast(), EPSILON);
		assertEquals(onTrack, status.onTrack());
	}

	/** Measurements of the values in consecutive months, the first in the month {@code first}. */
	private static void measureMonthly(KPI kpi, String first, String... values) {
		YearMonth month = YearMonth.parse(first);
		for (String value : values) {
			measure(kpi, month.toString(), value);
			month = month.plusMonths(1);
		}
	}

	private static Measurement measure(KPI kpi, String date, String value) {
		Measurement measurement = FACTORY.createMeasurement();
		measurement.setDate(date(date));
		measurement.setValue(new BigDecimal(value));
		kpi.getMeasurements().add(measurement);
		return measurement;
	}
}
