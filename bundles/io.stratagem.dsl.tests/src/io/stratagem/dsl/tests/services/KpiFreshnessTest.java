package io.stratagem.dsl.tests.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.stratagem.dsl.validation.services.KpiFreshness;
import io.stratagem.model.Frequency;
import io.stratagem.model.KPI;
import io.stratagem.model.Measurement;
import io.stratagem.model.StratagemFactory;
import io.stratagem.model.time.StrategyDate;

class KpiFreshnessTest {

	private final KpiFreshness freshness = new KpiFreshness();

	private static KPI kpi(String... dates) {
		KPI kpi = StratagemFactory.eINSTANCE.createKPI();
		for (String date : dates) {
			Measurement m = StratagemFactory.eINSTANCE.createMeasurement();
			m.setDate(date == null ? null : StrategyDate.parse(date));
			kpi.getMeasurements().add(m);
		}
		return kpi;
	}

	@Test
	void latestMeasurementOfOneKpiAndOfAll() {
		assertEquals(StrategyDate.parse("2027-Q4"), freshness.latest(kpi("2027-10", "2027-Q4", null, "2027-11-15")));
		assertNull(freshness.latest(kpi()));
		assertEquals(StrategyDate.parse("2028-01"), freshness.latestInModel(List.of(kpi("2027-10"), kpi("2028-01"), kpi())));
	}

	@Test
	void staleWhenAWholePeriodPassed() {
		StrategyDate asOf = StrategyDate.parse("2027-12");
		assertFalse(freshness.isStale(StrategyDate.parse("2027-11"), Frequency.MONTHLY, asOf));
		assertTrue(freshness.isStale(StrategyDate.parse("2027-10"), Frequency.MONTHLY, asOf));
		assertFalse(freshness.isStale(StrategyDate.parse("2027-Q3"), Frequency.QUARTERLY, asOf));
		assertTrue(freshness.isStale(StrategyDate.parse("2027-Q2"), Frequency.QUARTERLY, asOf));
		assertTrue(freshness.isStale(StrategyDate.parse("2027-11-20"), Frequency.WEEKLY, asOf));
		assertFalse(freshness.isStale(StrategyDate.parse("2027-01"), Frequency.ANNUALLY, asOf));
		assertFalse(freshness.isStale(StrategyDate.parse("2020-01"), Frequency.UNSPECIFIED, asOf));
	}
}
