package io.stratagem.workspace.diff;

import java.util.Comparator;

/**
 * One change in meaning between two versions of a model.
 *
 * @param element the qualified name of the element that changed (for coverage, of the framework
 *                requirement; for the critical path, of the roadmap)
 * @param before  the value before, as the report shows it (a stage, a score, a date, a status, an
 *                evidence level), or {@code null} when the element was added
 * @param after   the value after, or {@code null} when the element was removed
 */
public record Change(ChangeKind kind, String element, String before, String after) {

	/** Report order: by kind, then by element. */
	public static final Comparator<Change> ORDER = Comparator.comparing(Change::kind).thenComparing(Change::element);
}
