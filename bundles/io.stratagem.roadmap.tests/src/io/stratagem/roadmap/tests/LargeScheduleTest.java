package io.stratagem.roadmap.tests;

import static io.stratagem.roadmap.tests.Models.after;
import static io.stratagem.roadmap.tests.Models.duration;
import static io.stratagem.roadmap.tests.Models.initiative;
import static io.stratagem.roadmap.tests.Models.months;
import static io.stratagem.roadmap.tests.Models.roadmap;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.stratagem.model.Initiative;
import io.stratagem.model.Roadmap;
import io.stratagem.model.TimeUnit;
import io.stratagem.roadmap.schedule.ConflictKind;
import io.stratagem.roadmap.schedule.Schedule;
import io.stratagem.roadmap.schedule.ScheduleConflict;
import io.stratagem.roadmap.schedule.ScheduleService;
import io.stratagem.testing.SmallStack;

/**
 * The scheduler stays bounded on large dependency graphs: linear time, a constant call stack (it
 * runs here on a thread with a 512 KB stack, where a recursion 100,000 deep overflows), one
 * conflict per cycle with a short message. The deadline only guards against a hang.
 */
class LargeScheduleTest {

	private static final Duration HANG_GUARD = Duration.ofSeconds(60);

	private final ScheduleService service = new ScheduleService();

	/** Runs the work on a thread with a 512 KB stack; fails when it throws or does not end in time. */
	private static <T> T onASmallStack(Supplier<T> work) throws InterruptedException {
		return SmallStack.run(work, HANG_GUARD);
	}

	/**
	 * A chain declared from its end: I0 waits for I1, which waits for I2, and so on; the last
	 * starts 2027-01. Every initiative is one day long. Walking the dependencies from I0, in file
	 * order, goes as deep as the chain is long.
	 */
	private static List<Initiative> chain(Roadmap roadmap, int length) {
		List<Initiative> chain = new ArrayList<>(length);
		for (int i = 0; i < length; i++) {
			chain.add(initiative(roadmap, "I" + i, i == length - 1 ? "2027-01" : null, duration(1, TimeUnit.DAYS)));
		}
		for (int i = 0; i < length - 1; i++) {
			after(chain.get(i), chain.get(i + 1));
		}
		return chain;
	}

	@Test
	void aChainOf100000InitiativesIsScheduledWithoutOverflowingTheStack() throws InterruptedException {
		Roadmap roadmap = roadmap();
		List<Initiative> chain = chain(roadmap, 100_000);
		Schedule schedule = onASmallStack(() -> service.schedule(roadmap));
		assertEquals(100_000, schedule.initiatives().size());
		assertEquals(List.of(), schedule.conflicts());
		assertEquals(LocalDate.of(2027, 1, 1).plusDays(99_999), schedule.end());
		List<Initiative> fromFirstToLast = new ArrayList<>(chain);
		Collections.reverse(fromFirstToLast);
		assertEquals(fromFirstToLast, schedule.criticalPath());
	}

	@Test
	void aCycleOf10000InitiativesIsOneConflictWithAShortMessage() throws InterruptedException {
		Roadmap roadmap = roadmap();
		List<Initiative> cycle = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			cycle.add(initiative(roadmap, "I" + i, null, months(1)));
		}
		for (int i = 0; i < cycle.size(); i++) {
			after(cycle.get(i), cycle.get((i + 1) % cycle.size()));
		}
		Schedule schedule = onASmallStack(() -> service.schedule(roadmap));
		assertEquals(List.of(ConflictKind.DEPENDENCY_CYCLE), schedule.conflicts().stream().map(ScheduleConflict::kind).toList());
		assertEquals(cycle.get(0), schedule.conflicts().get(0).element());
		assertEquals("I0 is part of a dependency cycle through I1, I2, I3, I4, I5, I6, I7, I8, I9, I10, … and 9989 more",
				schedule.conflicts().get(0).message());
		assertEquals(cycle, schedule.unscheduled());
	}
}
