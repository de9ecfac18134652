package io.stratagem.workspace.report;

import org.eclipse.xtext.diagnostics.Diagnostic;

/**
 * Stable codes for the findings that do not come from the rule catalogue: files that cannot be
 * read and text that cannot be parsed or linked. Xtext's internal codes are mapped onto them so
 * that reports never show a Java class name.
 */
public final class CoreCodes {

	public static final String UNREADABLE = "STRAT-IO-001";
	public static final String NOT_UTF8 = "STRAT-IO-002";
	public static final String NO_MODELS = "STRAT-IO-003";
	public static final String TOO_LARGE = "STRAT-IO-004";
	// resource limits (issue #17, bounded on any input)
	/** The files of one command are together larger than the limit for a model set. */
	public static final String SET_TOO_LARGE = "STRAT-IO-005";
	/** The command ran out of memory (the input is too large for the heap). */
	public static final String OUT_OF_MEMORY = "STRAT-IO-006";
	/** An inventory to import is larger than the limit for one inventory. */
	public static final String INVENTORY_TOO_LARGE = "STRAT-IO-007";
	/** A symbolic link found while walking a folder leads outside it: left out (the one loader policy, ModelFiles). */
	public static final String LINK_OUTSIDE = "STRAT-IO-008";
	public static final String SYNTAX = "STRAT-PARSE-001";
	public static final String UNRESOLVED_REFERENCE = "STRAT-LINK-001";
	public static final String OTHER = "STRAT-MODEL-000";

	private CoreCodes() {
	}

	/** The code to show for an Xtext issue code (rule codes pass through unchanged). */
	public static String of(String xtextCode) {
		if (xtextCode == null) {
			return OTHER;
		}
		if (xtextCode.equals(Diagnostic.SYNTAX_DIAGNOSTIC) || xtextCode.equals(Diagnostic.SYNTAX_DIAGNOSTIC_WITH_RANGE)) {
			return SYNTAX;
		}
		if (xtextCode.equals(Diagnostic.LINKING_DIAGNOSTIC)) {
			return UNRESOLVED_REFERENCE;
		}
		return xtextCode.startsWith("STRAT-") ? xtextCode : OTHER;
	}

	/** Whether a finding with this code means a file could not be read, parsed or linked, so its model is not whole. */
	public static boolean isUnreadable(String code) {
		return code.startsWith("STRAT-IO") || code.startsWith("STRAT-PARSE") || code.startsWith("STRAT-LINK");
	}
}
