package io.stratagem.workspace.report;

import io.stratagem.dsl.validation.SourceCodes;

/**
 * The codes of the findings that do not come from the rule catalogue, as the reports know them.
 * They are defined once, in {@link SourceCodes}, and the parser and the linker give them
 * themselves; this class only names them for the report side and guards against a code-less issue.
 */
public final class CoreCodes {

	public static final String UNREADABLE = SourceCodes.UNREADABLE;
	public static final String NOT_UTF8 = SourceCodes.NOT_UTF8;
	public static final String NO_MODELS = SourceCodes.NO_MODELS;
	public static final String TOO_LARGE = SourceCodes.TOO_LARGE;
	public static final String SET_TOO_LARGE = SourceCodes.SET_TOO_LARGE;
	public static final String OUT_OF_MEMORY = SourceCodes.OUT_OF_MEMORY;
	public static final String INVENTORY_TOO_LARGE = SourceCodes.INVENTORY_TOO_LARGE;
	public static final String LINK_OUTSIDE = SourceCodes.LINK_OUTSIDE;
	public static final String SYNTAX = SourceCodes.SYNTAX;
	public static final String UNRESOLVED_REFERENCE = SourceCodes.UNRESOLVED_REFERENCE;
	public static final String OTHER = SourceCodes.OTHER;

	private CoreCodes() {
	}

	/**
	 * The code to show for an issue's code: Stratagem's codes pass through unchanged; an issue
	 * without one of them (none is known to reach a report) shows {@link #OTHER}, never a Java name.
	 */
	public static String of(String issueCode) {
		return issueCode != null && issueCode.startsWith("STRAT-") ? issueCode : OTHER;
	}

	/** Whether a finding with this code means a file could not be read, parsed or linked, so its model is not whole. */
	public static boolean isUnreadable(String code) {
		return SourceCodes.isAboutSource(code);
	}
}
