package io.stratagem.diagram.roadmap;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A roadmap as a timeline: quarters across, phases as bands, initiatives as bars, milestones as
 * diamonds and dependencies as edges, with every position computed. Independent of any front end:
 * the SVG and PNG painters and an interactive editor draw the same object.
 *
 * @param id   qualified name of the roadmap
 * @param from first day of the timeline (the start of a quarter), or {@code null} when nothing has
 *             a date
 * @param to   last day of the timeline (the end of a quarter), or {@code null} likewise
 */
public record RoadmapDiagram(String id, String title, LocalDate from, LocalDate to, double width, double height, List<QuarterColumn> quarters,
		List<PhaseBand> bands, List<InitiativeBar> bars, List<MilestoneMark> milestones, List<DependencyEdge> dependencies,
		List<UnscheduledItem> unscheduled) {

	public RoadmapDiagram {
		quarters = List.copyOf(quarters);
		bands = List.copyOf(bands);
		bars = List.copyOf(bars);
		milestones = List.copyOf(milestones);
		dependencies = List.copyOf(dependencies);
		unscheduled = List.copyOf(unscheduled);
	}

	public Optional<InitiativeBar> bar(String id) {
		return bars.stream().filter(b -> b.id().equals(id)).findFirst();
	}

	public Optional<MilestoneMark> milestone(String id) {
		return milestones.stream().filter(m -> m.id().equals(id)).findFirst();
	}
}
