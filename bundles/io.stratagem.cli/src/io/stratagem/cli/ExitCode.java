package io.stratagem.cli;

/** Exit codes of every command. */
public final class ExitCode {

	/** Nothing at or above the failing severity. */
	public static final int CLEAN = 0;
	/** Findings at or above the failing severity, or files that are not formatted with --check. */
	public static final int FINDINGS = 1;
	/** Wrong usage, or a file or folder that cannot be read or written. */
	public static final int USAGE_OR_IO = 2;

	private ExitCode() {
	}
}
