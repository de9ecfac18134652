package io.stratagem.workspace;

/**
 * Told how far a long job has come (files read, files written), so that a command line can show
 * it on a terminal while the services that do the job stay headless. Called from any thread.
 */
@FunctionalInterface
public interface Progress {

	/** Tells nothing: the services' default. */
	Progress NONE = (what, done, total) -> {
	};

	/**
	 * {@code done} of {@code total} steps of one kind are done.
	 *
	 * @param what the steps, as a person reads them: "files read", "files written"
	 */
	void step(String what, int done, int total);
}
