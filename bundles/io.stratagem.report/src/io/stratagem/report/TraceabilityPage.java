package io.stratagem.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.stratagem.roadmap.ModelElements;
import io.stratagem.model.FrameworkRequirement;
import io.stratagem.model.NamedElement;
import io.stratagem.roadmap.trace.Link;
import io.stratagem.roadmap.trace.TraceMatrix;
import io.stratagem.roadmap.trace.Traceability;

/**
 * The traceability matrices and the framework coverage. A matrix small enough to read is drawn as
 * a grid; a larger one (many use cases, a whole framework) as one line per row listing what it is
 * linked to. Both list the gaps: rows and columns with no link.
 */
final class TraceabilityPage {

	/** Above this many columns or cells, a matrix is listed rather than drawn. */
	static final int GRID_COLUMNS = 30;
	static final int GRID_CELLS = 5_000;

	private TraceabilityPage() {
	}

	static Map<String, Object> view(SiteModel site) {
		Traceability trace = site.traceability();
		List<Map<String, Object>> matrices = List.of(
				matrix(site, "Objectives and the use cases that serve them", "Objective", "use cases", trace.objectiveUseCase(),
						"Objectives no use case serves", "Use cases that serve no objective"),
				matrix(site, "Use cases and their KPIs", "Use case", "KPIs", trace.useCaseKpi(), "Use cases with no KPI", "KPIs no use case names"),
				matrix(site, "Risks and their controls", "Risk", "controls", trace.riskControl(), "Risks with no control", "Controls that treat no listed risk"),
				matrix(site, "Controls and the framework requirements they satisfy", "Control", "requirements",
						trace.controlRequirement(), "Controls that satisfy no requirement", null));
		// the checklists' figures, as every page shows them
		List<Map<String, Object>> coverage = site.frameworks().stream().map(FrameworkFigures::view).toList();
		return Map.of("matrices", matrices, "coverage", coverage);
	}

	private static <R extends NamedElement, C extends NamedElement> Map<String, Object> matrix(SiteModel site, String title, String rowHeading,
			String columnsName, TraceMatrix<R, C> matrix, String unlinkedRowsTitle, String unlinkedColumnsTitle) {
		// links come row by row, each row's columns in column order
		Map<R, List<C>> linked = new IdentityHashMap<>();
		for (Link<R, C> link : matrix.links()) {
			linked.computeIfAbsent(link.row(), r -> new ArrayList<>()).add(link.column());
		}
		Function<NamedElement, Object> name = e -> site.named(e, "");
		Map<String, Object> view = new HashMap<>();
		view.put("title", title);
		view.put("rowHeading", rowHeading);
		view.put("columnsName", columnsName);
		view.put("summary", matrix.rows().size() + " × " + matrix.columns().size() + ", " + matrix.links().size() + " links");
		boolean grid = !matrix.columns().isEmpty() && matrix.columns().size() <= GRID_COLUMNS
				&& (long) matrix.rows().size() * matrix.columns().size() <= GRID_CELLS;
		view.put("grid", grid);
		if (grid) {
			view.put("columns", matrix.columns().stream().map(c -> columnHeading(c)).toList());
			view.put("gridRows", matrix.rows().stream().map(row -> Map.of("row", name.apply(row), "cells",
					matrix.columns().stream().map(c -> Map.of("mark", linked.getOrDefault(row, List.of()).contains(c) ? "●" : "")).toList())).toList());
		} else {
			List<Map<String, Object>> listRows = new ArrayList<>();
			for (R row : matrix.rows()) {
				List<C> columns = linked.getOrDefault(row, List.of());
				if (!columns.isEmpty()) {
					listRows.add(Map.of("row", name.apply(row), "linked", columns.stream().map(TraceabilityPage::columnHeading).toList()));
				}
			}
			view.put("listRows", listRows);
			// a long list starts closed, so that the page opens short (the federal inventory lists thousands)
			view.put("listOpen", listRows.size() <= UnitGroups.OPEN_UP_TO);
			view.put("listSize", listRows.size() + (listRows.size() == 1 ? " row" : " rows"));
		}
		List<Map<String, Object>> gaps = new ArrayList<>();
		gaps.add(gap(unlinkedRowsTitle, matrix.unlinkedRows(), name));
		if (unlinkedColumnsTitle != null) {
			gaps.add(gap(unlinkedColumnsTitle, matrix.unlinkedColumns(), name));
		}
		view.put("gaps", gaps);
		return view;
	}

	/** A requirement is known by its code (AIA-9, GOVERN-1.1); anything else by its label. */
	private static String columnHeading(NamedElement element) {
		return element instanceof FrameworkRequirement requirement && requirement.getCode() != null
				? requirement.getCode() + " " + ModelElements.label(requirement)
				: ModelElements.label(element);
	}

	private static Map<String, Object> gap(String title, List<? extends NamedElement> elements, Function<NamedElement, Object> name) {
		return Map.of("title", title, "count", elements.size(), "any", !elements.isEmpty(), "open", elements.size() <= UnitGroups.OPEN_UP_TO, "elements",
				elements.stream().map(name).toList());
	}
}
