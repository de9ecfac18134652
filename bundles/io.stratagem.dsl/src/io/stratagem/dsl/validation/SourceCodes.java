/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation;

/**
 * The stable codes of the findings that do not come from the rule catalogue: a file that cannot be
 * read, text that cannot be parsed, a reference that cannot be resolved. Defined once, here, and
 * given at the source: the parser and the linker report them themselves
 * ({@link io.stratagem.dsl.parser.StrategySyntaxErrorMessages},
 * {@link io.stratagem.dsl.linking.StrategyLinkingDiagnosticMessages}), so the command line, the
 * language server, the workbench and the diagrams show the same code without mapping Xtext's.
 */
public final class SourceCodes {

	private SourceCodes() {
	}

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
	/** Text the grammar does not accept, or a value that does not convert (a date, a percentage). */
	public static final String SYNTAX = "STRAT-PARSE-001";
	/** A reference to a name that no model file declares. */
	public static final String UNRESOLVED_REFERENCE = "STRAT-LINK-001";
	/** Any other problem that has no code of its own. */
	public static final String OTHER = "STRAT-MODEL-000";

	/** Whether a finding with this code means a file could not be read, parsed or linked, so its model is not whole. */
	public static boolean isAboutSource(String code) {
		return code != null && (code.startsWith("STRAT-IO") || code.startsWith("STRAT-PARSE") || code.startsWith("STRAT-LINK"));
	}
}
