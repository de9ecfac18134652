package io.stratagem.archimate;

/** The codes of what the ArchiMate import refuses or reports, defined once. */
public final class ArchimateCodes {

	/** Refused: the file is not well-formed XML. */
	public static final String NOT_XML = "STRAT-ARCHIMATE-001";
	/** Refused: the file declares a document type (entities, external DTDs: XXE, billion laughs). */
	public static final String DOCTYPE = "STRAT-ARCHIMATE-002";
	/** Refused: the XML is not an ArchiMate exchange model. */
	public static final String NOT_EXCHANGE = "STRAT-ARCHIMATE-003";
	/** Warning: an element of a type Stratagem has no concept for is not imported. */
	public static final String ELEMENT_SKIPPED = "STRAT-ARCHIMATE-010";
	/** Warning: a relationship Stratagem cannot write as a reference is not imported. */
	public static final String RELATIONSHIP_SKIPPED = "STRAT-ARCHIMATE-011";
	/** Warning: a name, file path or file header that is not safe to write was replaced or dropped. */
	public static final String REPLACED = "STRAT-ARCHIMATE-012";

	private ArchimateCodes() {
	}
}
