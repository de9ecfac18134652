package io.stratagem.inventory;

/**
 * A data-quality finding of an import: what was found in which row and column, and what was done.
 * Rows are numbered as in a spreadsheet: the header is row 1, the first use case row 2.
 */
public record InventoryFinding(String code, int row, String column, String message) {

	/** An empty use case id: the use case was given a generated name. */
	public static final String EMPTY_ID = "STRAT-INV-001";
	/** A repeated use case id: the later use case was given a generated name. */
	public static final String REPEATED_ID = "STRAT-INV-002";
	/** A value outside the data dictionary's valid selections, kept verbatim. */
	public static final String INVALID_SELECTION = "STRAT-INV-003";
	/** A row with a different number of fields than the header; every field present is kept. */
	public static final String RAGGED_ROW = "STRAT-INV-004";
}
