package io.stratagem.dsl.tests.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.stratagem.dsl.validation.services.ScheduleService;
import io.stratagem.model.Duration;
import io.stratagem.model.Initiative;
import io.stratagem.model.StratagemFactory;
import io.stratagem.model.TimeUnit;
import io.stratagem.model.time.StrategyDate;

class ScheduleServiceTest {

	private final ScheduleService schedule = new ScheduleService();

	private static Duration duration(int amount, TimeUnit unit) {
		Duration d = StratagemFactory.eINSTANCE.createDuration();
		d.setAmount(amount);
		d.setUnit(unit);
		return d;
	}

	@Test
	void endIsTheExplicitEndOrStartPlusDuration() {
		Initiative i = StratagemFactory.eINSTANCE.createInitiative();
		assertNull(schedule.end(i));
		i.setStart(StrategyDate.parse("2027-Q2"));
		assertNull(schedule.end(i));
		i.setDuration(duration(2, TimeUnit.QUARTERS));
		assertEquals(LocalDate.of(2027, 9, 30), schedule.end(i));
		i.setEnd(StrategyDate.parse("2027-08"));
		assertEquals(LocalDate.of(2027, 8, 31), schedule.end(i));
		assertNull(schedule.end(null));
	}

	@Test
	void plusEachUnit() {
		LocalDate day = LocalDate.of(2027, 1, 31);
		assertEquals(LocalDate.of(2027, 2, 10), schedule.plus(day, duration(10, TimeUnit.DAYS)));
		assertEquals(LocalDate.of(2027, 2, 14), schedule.plus(day, duration(2, TimeUnit.WEEKS)));
		assertEquals(LocalDate.of(2027, 2, 28), schedule.plus(day, duration(1, TimeUnit.MONTHS)));
		assertEquals(LocalDate.of(2027, 4, 30), schedule.plus(day, duration(1, TimeUnit.QUARTERS)));
		assertEquals(LocalDate.of(2029, 1, 31), schedule.plus(day, duration(2, TimeUnit.YEARS)));
		assertNull(schedule.plus(day, duration(-1, TimeUnit.DAYS)));
	}
}
