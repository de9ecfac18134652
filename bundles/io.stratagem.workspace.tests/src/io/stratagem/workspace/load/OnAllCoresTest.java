/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * Files are parsed, linked and validated and pages rendered on all cores, the costly first, each
 * thread taking the next item when it is done, so that no thread is left alone with a run of
 * large ones.
 */
class OnAllCoresTest {

	@Test
	void whileOneThreadWorksOnTheFirstItemTheOthersTakeAllTheRest() {
		// A parallel stream kept the first quarter of the list on the thread that took the first
		// item: the rest of that quarter waited for it, and this test waited out its deadline.
		List<Integer> items = IntStream.range(0, 400).boxed().toList();
		CountDownLatch othersDone = new CountDownLatch(items.size() - 1);
		List<Boolean> firstSawTheOthersDone = Collections.synchronizedList(new ArrayList<>());

		OnAllCores.forEach(items, item -> {
			if (item == 0) {
				try {
					firstSawTheOthersDone.add(othersDone.await(60, TimeUnit.SECONDS));
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			} else {
				othersDone.countDown();
			}
		});

		assertEquals(List.of(true), firstSawTheOthersDone, "the 399 other items were done by other threads while the first waited");
	}

	@Test
	void everyItemRunsOnceTheLargestFirstEqualSizesInTheirOrder() {
		List<String> started = Collections.synchronizedList(new ArrayList<>());
		List<String> items = List.of("b", "dddd", "a", "cc", "e");

		OnAllCores.forEachLargestFirst(items, String::length, started::add);

		assertEquals(List.of("a", "b", "cc", "dddd", "e"), started.stream().sorted().toList());
		assertEquals("dddd", started.get(0));
		assertEquals(List.of("dddd", "cc", "b", "a", "e"), OnAllCores.largestFirst(items, String::length));
	}

	@Test
	void theResultsComeInTheOrderOfTheItems() {
		List<Integer> items = IntStream.range(0, 1000).boxed().toList();

		assertEquals(items.stream().map(i -> "#" + i).toList(), OnAllCores.map(items, i -> "#" + i));
	}

	@Test
	void aTasksExceptionIsThrownToTheCallerOnceTheThreadsHaveStopped() {
		IllegalStateException failure = new IllegalStateException("broken");

		IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> OnAllCores.forEach(IntStream.range(0, 1000).boxed().toList(), item -> {
			if (item == 500) {
				throw failure;
			}
		}));

		assertSame(failure, thrown);
	}
}
