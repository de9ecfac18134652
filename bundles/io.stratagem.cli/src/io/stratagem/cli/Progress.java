package io.stratagem.cli;

import java.io.PrintWriter;
import io.stratagem.cli.load.ModelSetLoader;

/**
 * A progress line on stderr for runs that take more than a second in a terminal; silent
 * otherwise, and never on stdout.
 */
final class Progress implements ModelSetLoader.Progress {

	private static final long DELAY_NANOS = 1_000_000_000L;

	private final PrintWriter err;
	private final String what;
	private final boolean enabled;
	private final long start = System.nanoTime();
	private boolean shown;

	Progress(PrintWriter err, String what) {
		this.err = err;
		this.what = what;
		this.enabled = Terminal.interactive();
	}

	@Override
	public synchronized void parsed(int done, int total) {
		if (enabled && System.nanoTime() - start > DELAY_NANOS) {
			int width = 30;
			int filled = total == 0 ? width : done * width / total;
			err.print("\r" + what + " [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total);
			err.flush();
			shown = true;
		}
	}

	/** Clears the progress line, if one was drawn. */
	synchronized void done() {
		if (shown) {
			err.print("\r" + " ".repeat(what.length() + 45) + "\r");
			err.flush();
		}
	}
}
