package io.stratagem.testing;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs work on a thread with a 512 KB stack, so that a recursion as deep as a large input fails a
 * test instead of passing on the JVM's larger default stack. The deadline only guards against a hang.
 */
public final class SmallStack {

	private static final long STACK_BYTES = 512 * 1024;

	private SmallStack() {
	}

	/** The work's result; an AssertionError when it throws or has not ended within {@code hangGuard}. */
	public static <T> T run(Supplier<T> work, Duration hangGuard) throws InterruptedException {
		AtomicReference<Object> result = new AtomicReference<>();
		Thread thread = new Thread(null, () -> {
			try {
				result.set(work.get());
			} catch (Throwable e) {
				result.set(e);
			}
		}, "small stack", STACK_BYTES);
		thread.start();
		thread.join(hangGuard.toMillis());
		if (thread.isAlive()) {
			throw new AssertionError("still running after " + hangGuard);
		}
		if (result.get() instanceof Throwable e) {
			throw new AssertionError(e);
		}
		@SuppressWarnings("unchecked")
		T value = (T) result.get();
		return value;
	}
}
