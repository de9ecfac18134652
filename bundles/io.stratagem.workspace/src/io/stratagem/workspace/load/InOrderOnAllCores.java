package io.stratagem.workspace.load;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Runs an action on every element of a list on all cores, taking the elements in list order: a
 * thread that is done takes the next element. A parallel stream instead splits the list into
 * runs of about a quarter of it per core, so the first run of a largest-first list (the ten
 * largest of the federal inventory's 41 files, 85 % of its text) was parsed by one thread while
 * the other finished the small files and waited. Put the costly elements first.
 */
public final class InOrderOnAllCores {

	private InOrderOnAllCores() {
	}

	public static <T> void forEach(List<T> elements, Consumer<T> action) {
		map(elements, element -> {
			action.accept(element);
			return null;
		});
	}

	/** The function's result for each element, in the order of the elements. */
	public static <T, R> List<R> map(List<T> elements, Function<T, R> function) {
		Object[] results = new Object[elements.size()];
		AtomicInteger next = new AtomicInteger();
		// the calling thread and the common pool's workers, as a parallel stream uses them
		int threads = Math.min(elements.size(), ForkJoinPool.getCommonPoolParallelism() + 1);
		IntStream.range(0, threads).parallel().forEach(thread -> {
			for (int i = next.getAndIncrement(); i < elements.size(); i = next.getAndIncrement()) {
				results[i] = function.apply(elements.get(i));
			}
		});
		@SuppressWarnings("unchecked")
		List<R> list = (List<R>) Arrays.asList(results);
		return list;
	}
}
