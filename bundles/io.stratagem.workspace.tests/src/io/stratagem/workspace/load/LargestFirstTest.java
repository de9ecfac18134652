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
 * Files are parsed and validated on all cores, the largest first, each thread taking the next file
 * when it is done, so that no thread is left alone with a run of large files.
 */
class LargestFirstTest {

	@Test
	void whileOneThreadWorksOnTheLargestItemTheOthersTakeAllTheRest() throws Exception {
		List<Integer> sizes = IntStream.range(0, 400).boxed().toList();
		CountDownLatch othersDone = new CountDownLatch(sizes.size() - 1);
		List<Boolean> largestSawOthersDone = Collections.synchronizedList(new ArrayList<>());

		LargestFirst.forEach(sizes, size -> size, size -> {
			if (size == 399) {
				try {
					largestSawOthersDone.add(othersDone.await(60, TimeUnit.SECONDS));
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			} else {
				othersDone.countDown();
			}
		});

		assertEquals(List.of(true), largestSawOthersDone, "the 399 smaller items were done by other threads while the largest waited");
	}

	@Test
	void everyItemRunsOnceTheLargestFirstEqualSizesInTheirOrder() {
		List<String> started = Collections.synchronizedList(new ArrayList<>());
		List<String> items = List.of("b", "dddd", "a", "cc", "e");

		LargestFirst.forEach(items, String::length, started::add);

		assertEquals(List.of("a", "b", "cc", "dddd", "e"), started.stream().sorted().toList());
		assertEquals("dddd", started.get(0));
	}

	@Test
	void aTasksExceptionIsThrownToTheCallerOnceTheThreadsHaveStopped() {
		IllegalStateException failure = new IllegalStateException("broken");

		IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> LargestFirst.forEach(IntStream.range(0, 1000).boxed().toList(),
				size -> size, size -> {
					if (size == 500) {
						throw failure;
					}
				}));

		assertSame(failure, thrown);
	}
}
