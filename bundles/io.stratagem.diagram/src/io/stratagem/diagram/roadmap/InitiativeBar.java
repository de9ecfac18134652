package io.stratagem.diagram.roadmap;

import java.time.LocalDate;
import java.util.List;

import io.stratagem.diagram.Bounds;
import io.stratagem.workspace.report.Finding;

/**
 * An initiative drawn as a bar from its early start to its early finish.
 *
 * @param id       qualified name of the initiative
 * @param phaseId  qualified name of its phase, or {@code null} when it sits directly in the roadmap
 * @param finish   last day of work (inclusive); the bar ends at the end of that day
 * @param row      the row from the top of the diagram, counting every band's rows
 * @param critical whether the initiative lies on the critical path
 * @param slack    days it can slip without moving the roadmap end
 * @param status   the status keyword as written, e.g. {@code inProgress}
 */
public record InitiativeBar(String id, String label, String phaseId, LocalDate start, LocalDate finish, int row, Bounds bounds,
		boolean critical, long slack, String status, List<DeliveredUseCase> useCases, List<Finding> markers) {

	public InitiativeBar {
		useCases = List.copyOf(useCases);
		markers = List.copyOf(markers);
	}
}
