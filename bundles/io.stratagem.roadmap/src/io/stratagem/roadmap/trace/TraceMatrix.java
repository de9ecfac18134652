package io.stratagem.roadmap.trace;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A traceability matrix between two kinds of model element.
 *
 * @param rows    every row element, in model order
 * @param columns every column element, in model order
 * @param links   the filled cells, by row then column in model order
 */
public record TraceMatrix<R, C>(List<R> rows, List<C> columns, List<Link<R, C>> links) {

	public TraceMatrix {
		rows = List.copyOf(rows);
		columns = List.copyOf(columns);
		links = List.copyOf(links);
	}

	public boolean linked(R row, C column) {
		return links.stream().anyMatch(l -> l.row() == row && l.column() == column);
	}

	/** The columns linked to one row, in model order. */
	public List<C> columnsOf(R row) {
		return links.stream().filter(l -> l.row() == row).map(Link::column).toList();
	}

	/** The rows linked to one column, in model order. */
	public List<R> rowsOf(C column) {
		return links.stream().filter(l -> l.column() == column).map(Link::row).toList();
	}

	/** Rows with no link: gaps such as an objective no use case serves. */
	public List<R> unlinkedRows() {
		Set<Object> linked = identitySet();
		links.forEach(l -> linked.add(l.row()));
		return rows.stream().filter(r -> !linked.contains(r)).toList();
	}

	/** Columns with no link: gaps such as a requirement no control satisfies. */
	public List<C> unlinkedColumns() {
		Set<Object> linked = identitySet();
		links.forEach(l -> linked.add(l.column()));
		return columns.stream().filter(c -> !linked.contains(c)).toList();
	}

	private static Set<Object> identitySet() {
		return Collections.newSetFromMap(new IdentityHashMap<>());
	}
}
