package io.stratagem.diagram.roadmap;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.stratagem.diagram.Bounds;
import io.stratagem.diagram.Markers;
import io.stratagem.diagram.Point;
import io.stratagem.diagram.TextWidth;
import io.stratagem.model.Dependency;
import io.stratagem.model.DependencyType;
import io.stratagem.model.Initiative;
import io.stratagem.model.Milestone;
import io.stratagem.model.NamedElement;
import io.stratagem.model.Phase;
import io.stratagem.model.Roadmap;
import io.stratagem.model.UseCase;
import io.stratagem.model.time.StrategyDate;
import io.stratagem.model.time.TimeBounds;
import io.stratagem.roadmap.ModelElements;
import io.stratagem.roadmap.schedule.MilestoneStatus;
import io.stratagem.roadmap.schedule.Schedule;
import io.stratagem.roadmap.schedule.ScheduleConflict;
import io.stratagem.roadmap.schedule.ScheduleService;
import io.stratagem.roadmap.schedule.ScheduledInitiative;

/**
 * Lays out a roadmap on a timeline from the dates of the schedule service. Bars start at the early
 * start and end at the end of the early finish day; rows are packed per band, first fit in order of
 * start date then declaration, counting the bar's title as part of its extent so that no title runs
 * into the next bar. The same model always gives the same diagram.
 */
public class RoadmapLayout {

	/** Horizontal scale of the timeline. */
	public static final double PIXELS_PER_DAY = 1.25;
	/** Where the timeline starts: the band labels are to its left. */
	public static final double TIMELINE_LEFT = 200;
	/** Where the first band starts: the title and the quarter header are above it. */
	public static final double BODY_TOP = 76;
	public static final double ROW_HEIGHT = 36;
	public static final double BAR_HEIGHT = 28;
	public static final double MILESTONE_ROW_HEIGHT = 26;
	public static final double TITLE_FONT = 11;
	public static final double DETAIL_FONT = 9;
	/** Titles and use case lines longer than this are cut with an ellipsis. */
	public static final double MAX_TEXT_WIDTH = 320;

	private static final double MARGIN = 16;
	private static final double BAND_PADDING = 8;
	private static final double BAND_MIN_HEIGHT = 44;
	private static final double LABEL_PADDING = 6;
	private static final double ROW_GAP = 10;
	private static final double ELBOW = 6;
	private static final double UNSCHEDULED_LINE = 16;

	private final ScheduleService scheduleService = new ScheduleService();

	/** The roadmap's diagram, with markers taken from {@code markers} by qualified name. */
	public RoadmapDiagram layout(Roadmap roadmap, Markers markers) {
		return layout(roadmap, scheduleService.schedule(roadmap), markers);
	}

	/**
	 * The roadmap's diagram from its schedule, for a caller that has computed it already with
	 * {@link ScheduleService#schedule(Roadmap)} (the generated site, which shows it in tables too).
	 */
	public RoadmapDiagram layout(Roadmap roadmap, Schedule schedule, Markers markers) {
		return new Run(roadmap, schedule, markers).run();
	}

	/** An element to place in a row: its horizontal extent (title included) and declaration index. */
	private record Extent(Object element, double from, double to, int index) {
	}

	/** State of one layout; never shared. */
	private static final class Run {

		private final Roadmap roadmap;
		private final Schedule schedule;
		private final Markers markers;
		private final LocalDate from;
		private final LocalDate to;
		private final List<PhaseBand> bands = new ArrayList<>();
		private final List<InitiativeBar> bars = new ArrayList<>();
		private final List<MilestoneMark> milestones = new ArrayList<>();
		private final List<UnscheduledItem> unscheduled = new ArrayList<>();
		private final Map<Initiative, InitiativeBar> barOf = new HashMap<>();
		private final List<Initiative> barInitiatives = new ArrayList<>();
		private int row;
		private double y = BODY_TOP;

		Run(Roadmap roadmap, Schedule schedule, Markers markers) {
			this.roadmap = roadmap;
			this.schedule = schedule;
			this.markers = markers;
			LocalDate first = null;
			LocalDate last = null;
			for (ScheduledInitiative s : schedule.initiatives()) {
				first = min(first, s.earlyStart());
				last = max(last, s.earlyFinish());
			}
			for (MilestoneStatus m : schedule.milestones()) {
				first = min(first, m.due());
				last = max(last, m.due());
			}
			for (Phase phase : roadmap.getPhases()) {
				first = min(first, phase.getStart() == null ? null : phase.getStart().firstDay());
				last = max(last, phase.getEnd() == null ? null : phase.getEnd().lastDay());
			}
			// the timeline spans at most the window of TimeBounds: one column per quarter of a typed-in
			// span of millennia would not fit in memory; x() draws what lies outside at the window's edge
			from = first == null ? null : quarterStart(TimeBounds.clamp(first));
			to = last == null ? null : quarterStart(TimeBounds.clamp(last)).plusMonths(3).minusDays(1);
		}

		RoadmapDiagram run() {
			for (Phase phase : roadmap.getPhases()) {
				band(phase, phase.getInitiatives(), phase.getMilestones());
			}
			if (!roadmap.getInitiatives().isEmpty() || !roadmap.getMilestones().isEmpty()) {
				band(null, roadmap.getInitiatives(), roadmap.getMilestones());
			}
			for (Initiative initiative : schedule.unscheduled()) {
				unscheduled.add(new UnscheduledItem(id(initiative), ModelElements.label(initiative), reason(initiative), markers.of(id(initiative))));
			}
			double timelineWidth = from == null ? 0 : x(to.plusDays(1)) - TIMELINE_LEFT;
			double width = TIMELINE_LEFT + Math.max(timelineWidth, 400) + MARGIN;
			double height = y + MARGIN + unscheduled.size() * UNSCHEDULED_LINE + (unscheduled.isEmpty() ? 0 : UNSCHEDULED_LINE);
			for (PhaseBand band : bands) {
				width = Math.max(width, band.bounds().right() + MARGIN);
			}
			for (InitiativeBar bar : bars) {
				width = Math.max(width, bar.bounds().x() + Math.max(bar.bounds().width(), titleWidth(bar)) + MARGIN);
			}
			for (MilestoneMark milestone : milestones) {
				width = Math.max(width, milestone.centre().x() + milestoneLabelRight(milestone.label()) + MARGIN);
			}
			return new RoadmapDiagram(ModelElements.qualifiedName(roadmap), ModelElements.label(roadmap), from, to, Math.ceil(width),
					Math.ceil(height), quarters(), bands, bars, milestones, dependencies(), unscheduled);
		}

		private void band(Phase phase, List<Initiative> initiatives, List<Milestone> phaseMilestones) {
			double top = y;
			double rowsTop = top + BAND_PADDING;
			// milestones first, in their own rows, so diamonds never sit on bars
			List<Extent> milestoneExtents = new ArrayList<>();
			for (int i = 0; i < phaseMilestones.size(); i++) {
				Milestone milestone = phaseMilestones.get(i);
				MilestoneStatus status = status(milestone);
				if (status == null || status.due() == null) {
					unscheduled.add(new UnscheduledItem(id(milestone), ModelElements.label(milestone), "the milestone has no date", markers.of(id(milestone))));
					continue;
				}
				double centre = x(status.due().plusDays(1));
				milestoneExtents.add(new Extent(status, centre - MilestoneMark.RADIUS, centre + milestoneLabelRight(ModelElements.label(milestone)) + ROW_GAP, i));
			}
			int[] milestoneRows = pack(milestoneExtents);
			int milestoneRowCount = rowCount(milestoneRows);
			for (int i = 0; i < milestoneExtents.size(); i++) {
				MilestoneStatus status = (MilestoneStatus) milestoneExtents.get(i).element();
				double cy = rowsTop + milestoneRows[i] * MILESTONE_ROW_HEIGHT + MILESTONE_ROW_HEIGHT / 2;
				milestones.add(new MilestoneMark(id(status.milestone()), ModelElements.label(status.milestone()), phase == null ? null : id(phase), status.due(),
						status.met(), row + milestoneRows[i], new Point(milestoneExtents.get(i).from() + MilestoneMark.RADIUS, cy),
						markers.of(id(status.milestone()))));
			}
			row += milestoneRowCount;
			double barsTop = rowsTop + milestoneRowCount * MILESTONE_ROW_HEIGHT;

			List<Extent> barExtents = new ArrayList<>();
			for (int i = 0; i < initiatives.size(); i++) {
				Initiative initiative = initiatives.get(i);
				ScheduledInitiative s = schedule.of(initiative).orElse(null);
				if (s == null) {
					continue; // listed as unscheduled with its reason
				}
				double start = x(s.earlyStart());
				double end = x(s.earlyFinish().plusDays(1));
				double title = titleWidth(ModelElements.label(initiative), useCaseLine(useCases(initiative)));
				barExtents.add(new Extent(s, start, Math.max(end, start + title) + ROW_GAP, i));
			}
			int[] barRows = pack(barExtents);
			int barRowCount = rowCount(barRows);
			for (int i = 0; i < barExtents.size(); i++) {
				ScheduledInitiative s = (ScheduledInitiative) barExtents.get(i).element();
				Initiative initiative = s.initiative();
				double barY = barsTop + barRows[i] * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
				double start = x(s.earlyStart());
				Bounds bounds = new Bounds(start, barY, x(s.earlyFinish().plusDays(1)) - start, BAR_HEIGHT);
				InitiativeBar bar = new InitiativeBar(id(initiative), ModelElements.label(initiative), phase == null ? null : id(phase), s.earlyStart(),
						s.earlyFinish(), row + barRows[i], bounds, schedule.criticalPath().contains(initiative), s.totalSlack(),
						initiative.getStatus() == null ? "" : initiative.getStatus().getLiteral(), useCases(initiative), markers.of(id(initiative)));
				bars.add(bar);
				barInitiatives.add(initiative);
				barOf.put(initiative, bar);
			}
			row += barRowCount;
			double height = Math.max(BAND_MIN_HEIGHT, 2 * BAND_PADDING + milestoneRowCount * MILESTONE_ROW_HEIGHT + barRowCount * ROW_HEIGHT);
			double right = from == null ? TIMELINE_LEFT + 400 : x(to.plusDays(1));
			Bounds bounds = new Bounds(MARGIN, top, right - MARGIN, height);
			Bounds dates = null;
			if (phase != null && phase.getStart() != null && phase.getEnd() != null && from != null) {
				double start = x(phase.getStart().firstDay());
				dates = new Bounds(start, top, x(phase.getEnd().lastDay().plusDays(1)) - start, height);
			}
			if (phase == null) {
				bands.add(new PhaseBand(null, "Across phases", "", bounds, null, List.of()));
			} else {
				bands.add(new PhaseBand(id(phase), ModelElements.label(phase), span(phase.getStart(), phase.getEnd()), bounds, dates, markers.of(id(phase))));
			}
			y = top + height;
		}

		/** First-fit rows in order of start, then declaration; returns the row of each extent. */
		private static int[] pack(List<Extent> extents) {
			Integer[] order = new Integer[extents.size()];
			for (int i = 0; i < order.length; i++) {
				order[i] = i;
			}
			java.util.Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> extents.get(i).from()).thenComparingInt(i -> extents.get(i).index()));
			List<Double> rowEnds = new ArrayList<>();
			int[] rows = new int[extents.size()];
			for (int i : order) {
				Extent extent = extents.get(i);
				int chosen = -1;
				for (int r = 0; r < rowEnds.size(); r++) {
					if (rowEnds.get(r) <= extent.from()) {
						chosen = r;
						break;
					}
				}
				if (chosen < 0) {
					chosen = rowEnds.size();
					rowEnds.add(extent.to());
				} else {
					rowEnds.set(chosen, extent.to());
				}
				rows[i] = chosen;
			}
			return rows;
		}

		private static int rowCount(int[] rows) {
			int count = 0;
			for (int r : rows) {
				count = Math.max(count, r + 1);
			}
			return count;
		}

		private List<DependencyEdge> dependencies() {
			List<DependencyEdge> edges = new ArrayList<>();
			List<Initiative> path = schedule.criticalPath();
			for (int b = 0; b < bars.size(); b++) {
				InitiativeBar bar = bars.get(b);
				Initiative dependant = barInitiatives.get(b);
				for (Dependency dependency : dependant.getDependencies()) {
					InitiativeBar other = barOf.get(dependency.getTarget());
					if (other == null) {
						continue; // unscheduled or outside the roadmap: nothing to connect
					}
					boolean startToStart = dependency.getType() == DependencyType.START_TO_START;
					int index = path.indexOf(dependency.getTarget());
					boolean critical = index >= 0 && index + 1 < path.size() && path.get(index + 1) == dependant;
					edges.add(new DependencyEdge(other.id(), bar.id(), dependency.getType().getLiteral(), route(other.bounds(), bar.bounds(), startToStart),
							critical));
				}
			}
			return edges;
		}

		/**
		 * Finish-to-start leaves the end of the bar depended on, start-to-start its start (from below);
		 * both enter the dependant at the middle of its start.
		 */
		private static List<Point> route(Bounds from, Bounds to, boolean startToStart) {
			Point source = startToStart ? new Point(from.x() + ELBOW, from.bottom()) : new Point(from.right(), from.centreY());
			Point target = new Point(to.x(), to.centreY());
			double elbow = target.x() - ELBOW;
			if (startToStart) {
				return List.of(source, new Point(source.x(), target.y()), target);
			}
			if (elbow >= source.x()) {
				return List.of(source, new Point(elbow, source.y()), new Point(elbow, target.y()), target);
			}
			// the dependant starts before the end it waits for (a conflict): go round
			double middle = (from.bottom() <= to.y() ? from.bottom() + to.y() : from.y() + to.bottom()) / 2;
			return List.of(source, new Point(source.x() + ELBOW, source.y()), new Point(source.x() + ELBOW, middle), new Point(elbow, middle),
					new Point(elbow, target.y()), target);
		}

		private List<QuarterColumn> quarters() {
			List<QuarterColumn> quarters = new ArrayList<>();
			if (from == null) {
				return quarters;
			}
			for (LocalDate q = from; !q.isAfter(to); q = q.plusMonths(3)) {
				double x = x(q);
				quarters.add(new QuarterColumn(q.getYear() + " Q" + ((q.getMonthValue() - 1) / 3 + 1), q, x, x(q.plusMonths(3)) - x));
			}
			return quarters;
		}

		private List<DeliveredUseCase> useCases(Initiative initiative) {
			List<DeliveredUseCase> result = new ArrayList<>();
			initiative.getDeliverables().stream().filter(UseCase.class::isInstance).map(UseCase.class::cast)
					.forEach(u -> result.add(new DeliveredUseCase(id(u), ModelElements.label(u))));
			return result;
		}

		private static double titleWidth(InitiativeBar bar) {
			return titleWidth(bar.label(), useCaseLine(bar.useCases()));
		}

		/** How far right of a diamond's centre its label reaches. */
		private static double milestoneLabelRight(String label) {
			return MilestoneMark.RADIUS + LABEL_PADDING + TextWidth.of(label, DETAIL_FONT + 1);
		}

		/** The room the texts of a bar take from its start, padding included. */
		private static double titleWidth(String title, String useCases) {
			double text = Math.max(TextWidth.of(title, TITLE_FONT), TextWidth.of(useCases, DETAIL_FONT));
			return LABEL_PADDING + Math.min(text, MAX_TEXT_WIDTH) + LABEL_PADDING;
		}

		private MilestoneStatus status(Milestone milestone) {
			return schedule.milestones().stream().filter(m -> m.milestone() == milestone).findFirst().orElse(null);
		}

		private String reason(Initiative initiative) {
			List<ScheduleConflict> conflicts = schedule.conflictsOf(initiative);
			return conflicts.isEmpty() ? "its dates cannot be derived" : conflicts.get(0).message();
		}

		private double x(LocalDate date) {
			LocalDate shown = date.isBefore(from) ? from : date.isAfter(to.plusDays(1)) ? to.plusDays(1) : date;
			return TIMELINE_LEFT + ChronoUnit.DAYS.between(from, shown) * PIXELS_PER_DAY;
		}

		private static String id(NamedElement element) {
			return ModelElements.qualifiedName(element);
		}

		private static String span(StrategyDate start, StrategyDate end) {
			if (start == null && end == null) {
				return "";
			}
			return (start == null ? "open" : start.toString()) + " to " + (end == null ? "open" : end.toString());
		}

		private static LocalDate quarterStart(LocalDate date) {
			return LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
		}

		private static LocalDate min(LocalDate a, LocalDate b) {
			return a == null ? b : b == null || a.isBefore(b) ? a : b;
		}

		private static LocalDate max(LocalDate a, LocalDate b) {
			return a == null ? b : b == null || a.isAfter(b) ? a : b;
		}
	}

	/** The line of use cases shown under an initiative's title, empty when it delivers none. */
	public static String useCaseLine(List<DeliveredUseCase> useCases) {
		if (useCases.isEmpty()) {
			return "";
		}
		StringBuilder line = new StringBuilder("delivers ");
		for (int i = 0; i < useCases.size(); i++) {
			line.append(i == 0 ? "" : ", ").append(useCases.get(i).label());
		}
		return line.toString();
	}
}
