package io.stratagem.cli;

/** What the process knows about the terminal it runs in. */
final class Terminal {

	private Terminal() {
	}

	/**
	 * Java sees no terminal on stderr alone; a console on standard input and output is the best
	 * sign that a person is watching, and CI or pipes have none.
	 */
	static boolean interactive() {
		return System.console() != null;
	}

	static boolean colorAllowed(boolean noColorOption) {
		return !noColorOption && System.getenv("NO_COLOR") == null && interactive();
	}
}
