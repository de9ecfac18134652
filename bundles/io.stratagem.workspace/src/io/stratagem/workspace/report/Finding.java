package io.stratagem.workspace.report;

import java.util.Comparator;

import io.stratagem.dsl.validation.SourceCodes;

/**
 * One diagnostic about one file: a syntax or linking error, a rule finding, or a file that could
 * not be read. The one finding type of every front end: reports, the site, diagram markers,
 * workbench markers and editor annotations. Line and column are 1-based; 0 when the finding
 * concerns the whole file.
 *
 * @param file    the path as shown to the user (relative to the working directory when inside it;
 *                absolute where a front end must find the file again, as the workbench does)
 * @param element qualified name of the model element concerned, or {@code null}
 * @param offset  characters from the start of the file, where an editor marks it; -1 when unknown
 *                (no report format writes it)
 * @param length  characters marked from {@code offset}
 */
public record Finding(Severity severity, String code, String message, String file, int line, int column, String element, int offset, int length) {

	/** A finding whose place in the text is known by line and column only. */
	public Finding(Severity severity, String code, String message, String file, int line, int column, String element) {
		this(severity, code, message, file, line, column, element, -1, 0);
	}

	/**
	 * Whether this finding means the model is not whole: an error about a file that could not be
	 * read, parsed or linked. Outputs drawn from such a model (diagrams, exports, previews) would
	 * be silently incomplete, so they are refused.
	 */
	public boolean leavesModelIncomplete() {
		return severity == Severity.ERROR && SourceCodes.isAboutSource(code);
	}

	/** File, then position, then code: the order compilers print. */
	public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
			.thenComparingInt(Finding::line)
			.thenComparingInt(Finding::column)
			.thenComparing(Finding::code)
			.thenComparing(Finding::message);
}
