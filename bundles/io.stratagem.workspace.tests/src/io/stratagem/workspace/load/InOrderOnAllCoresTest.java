/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The files of a model set are parsed largest first, each taken by the next thread that is free:
 * while one thread parses the largest file, the others parse all the rest.
 */
class InOrderOnAllCoresTest {

	@Test
	void everyElementIsTakenOnce() {
		List<Integer> elements = IntStream.range(0, 41).boxed().toList();
		List<Integer> taken = Collections.synchronizedList(new ArrayList<>());

		InOrderOnAllCores.forEach(elements, taken::add);

		List<Integer> sorted = new ArrayList<>(taken);
		Collections.sort(sorted);
		assertEquals(elements, sorted);
	}

	@Test
	void theResultsComeInTheOrderOfTheElements() {
		List<Integer> elements = IntStream.range(0, 1000).boxed().toList();

		assertEquals(elements.stream().map(i -> "#" + i).toList(), InOrderOnAllCores.map(elements, i -> "#" + i));
	}

	@Test
	void whileTheFirstElementTakesLongTheOtherThreadsTakeAllTheRest() {
		// A parallel stream kept the first quarter of the list on the thread that took the first
		// element: the rest of that quarter waited for it, and this test waited out its deadline.
		List<Integer> elements = IntStream.range(0, 41).boxed().toList();
		CountDownLatch others = new CountDownLatch(elements.size() - 1);
		List<Boolean> firstSawTheOthersDone = Collections.synchronizedList(new ArrayList<>());

		InOrderOnAllCores.forEach(elements, element -> {
			if (element == 0) {
				try {
					firstSawTheOthersDone.add(others.await(60, TimeUnit.SECONDS));
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			} else {
				others.countDown();
			}
		});

		assertEquals(List.of(true), firstSawTheOthersDone);
		assertTrue(others.getCount() == 0);
	}
}
