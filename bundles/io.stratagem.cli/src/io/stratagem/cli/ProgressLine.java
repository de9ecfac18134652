package io.stratagem.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

import io.stratagem.workspace.Progress;

/**
 * The progress of a command as one line on standard error, redrawn in place ({@code \r}) and
 * cleared when the command is done: "files read [#########     ] 30/45". Never on standard output,
 * so a report there is unchanged. Drawn only when {@code enabled}, and only once the command has
 * run for {@code delayNanos}, so a quick run draws nothing.
 */
public final class ProgressLine implements Progress {

	/** How long a run in a terminal goes before its progress is drawn. */
	static final long TERMINAL_DELAY_NANOS = 1_000_000_000L;

	private static final int WIDTH = 30;

	private final PrintWriter err;
	private final boolean enabled;
	private final long delayNanos;
	private final LongSupplier clock;
	private final long start;

	/** The steps and count drawn last, and the length of the line, 0 when none is drawn. */
	private String drawnWhat;
	private int drawnDone;
	private int drawnLength;

	/** @param clock nanoseconds, as {@link System#nanoTime()} */
	public ProgressLine(PrintWriter err, boolean enabled, long delayNanos, LongSupplier clock) {
		this.err = err;
		this.enabled = enabled;
		this.delayNanos = delayNanos;
		this.clock = clock;
		this.start = clock.getAsLong();
	}

	@Override
	public synchronized void step(String what, int done, int total) {
		// parallel steps may report out of order: a count never goes back
		if (!enabled || clock.getAsLong() - start < delayNanos || what.equals(drawnWhat) && done <= drawnDone) {
			return;
		}
		int filled = total <= 0 ? WIDTH : Math.min(WIDTH, done * WIDTH / total);
		String line = what + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total;
		err.print("\r" + line + " ".repeat(Math.max(0, drawnLength - line.length())));
		err.flush();
		drawnWhat = what;
		drawnDone = done;
		drawnLength = Math.max(drawnLength, line.length());
	}

	/** Clears the line, if one was drawn, so that what the command prints next starts on a clean line. */
	public synchronized void done() {
		if (drawnLength > 0) {
			err.print("\r" + " ".repeat(drawnLength) + "\r");
			err.flush();
			drawnLength = 0;
			drawnWhat = null;
		}
	}
}
