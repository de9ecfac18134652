package io.stratagem.workspace.report;

import java.util.Comparator;

/**
 * One diagnostic about one file: a syntax or linking error, a rule finding, or a file that could
 * not be read. Line and column are 1-based; 0 when the finding concerns the whole file.
 *
 * @param file    the path as shown to the user (relative to the working directory when inside it)
 * @param element qualified name of the model element concerned, or {@code null}
 */
public record Finding(Severity severity, String code, String message, String file, int line, int column, String element) {

	/** File, then position, then code: the order compilers print. */
	public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
			.thenComparingInt(Finding::line)
			.thenComparingInt(Finding::column)
			.thenComparing(Finding::code)
			.thenComparing(Finding::message);
}
