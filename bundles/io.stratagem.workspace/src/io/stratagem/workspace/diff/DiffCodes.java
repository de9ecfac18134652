package io.stratagem.workspace.diff;

/**
 * Codes of the input {@code stratagem diff} and {@code validate --baseline} refuse (exit code 2),
 * defined once here (kept apart from {@code SourceCodes} so that no other change renumbers them).
 */
public final class DiffCodes {

	/** A folder to compare does not exist or is not a folder. */
	public static final String NO_FOLDER = "STRAT-DIFF-001";
	/** The folder of {@code --git} is not in a Git work tree, or Git cannot be run. */
	public static final String NOT_GIT = "STRAT-DIFF-002";
	/** A revision that names no commit of the repository. */
	public static final String NO_REVISION = "STRAT-DIFF-003";
	/** A baseline report that cannot be read, or is neither a SARIF nor a JSON report of Stratagem. */
	public static final String BAD_BASELINE = "STRAT-DIFF-004";

	private DiffCodes() {
	}
}
