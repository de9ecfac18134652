package io.stratagem.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

import io.stratagem.workspace.load.ModelSetLoader;

/**
 * A progress line on stderr for runs that take more than a second in a terminal; silent
 * otherwise, and never on stdout.
 */
public final class Progress implements ModelSetLoader.Progress {

	private static final long DELAY_NANOS = 1_000_000_000L;
	private static final int WIDTH = 30;

	private final PrintWriter err;
	private final String what;
	private final boolean enabled;
	private final LongSupplier clock;
	private final long start;
	private boolean shown;

	/** Shown only in a terminal, after a second. */
	Progress(PrintWriter err, String what) {
		this(err, what, Terminal.interactive(), System::nanoTime);
	}

	/** @param clock nanoseconds, as {@link System#nanoTime()} */
	public Progress(PrintWriter err, String what, boolean enabled, LongSupplier clock) {
		this.err = err;
		this.what = what;
		this.enabled = enabled;
		this.clock = clock;
		this.start = clock.getAsLong();
	}

	@Override
	public synchronized void parsed(int done, int total) {
		if (enabled && clock.getAsLong() - start > DELAY_NANOS) {
			int filled = total == 0 ? WIDTH : done * WIDTH / total;
			err.print("\r" + what + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
			err.flush();
			shown = true;
		}
	}

	/** Clears the progress line, if one was drawn. */
	public synchronized void done() {
		if (shown) {
			err.print("\r" + " ".repeat(what.length() + WIDTH + 20) + "\r");
			err.flush();
		}
	}
}
