package io.stratagem.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.stratagem.diagram.Bounds;
import io.stratagem.diagram.Markers;
import io.stratagem.diagram.Point;
import io.stratagem.diagram.roadmap.DependencyEdge;
import io.stratagem.diagram.roadmap.InitiativeBar;
import io.stratagem.diagram.roadmap.MilestoneMark;
import io.stratagem.diagram.roadmap.PhaseBand;
import io.stratagem.diagram.roadmap.RoadmapDiagram;
import io.stratagem.diagram.roadmap.RoadmapLayout;
import io.stratagem.model.Initiative;
import io.stratagem.roadmap.ModelElements;
import io.stratagem.roadmap.schedule.ScheduleService;

/** The roadmap timeline of the Acme Insurance example, with positions worked out from its dates. */
class RoadmapLayoutTest {

	private static final double LEFT = RoadmapLayout.TIMELINE_LEFT;
	private static final double DAY = RoadmapLayout.PIXELS_PER_DAY;

	private final RoadmapDiagram diagram = new RoadmapLayout().layout(AcmeInsurance.roadmap(), Markers.none());

	@Test
	void theTimelineRunsOverWholeQuartersFromTheFirstPhaseToTheLast() {
		assertEquals(LocalDate.of(2027, 1, 1), diagram.from());
		assertEquals(LocalDate.of(2029, 12, 31), diagram.to());
		assertEquals(12, diagram.quarters().size());
		assertEquals("2027 Q1", diagram.quarters().get(0).label());
		assertEquals("2029 Q4", diagram.quarters().get(11).label());
		// 2028 is a leap year: 365 + 366 + 365 days
		assertEquals(LEFT + 1096 * DAY, diagram.quarters().get(11).x() + diagram.quarters().get(11).width(), 1e-9);
	}

	@Test
	void barsStartAtTheEarlyStartAndAreAsLongAsTheInitiative() {
		// start 2027-01, 2 months: 1 January to 28 February, 59 days
		Bounds cloud = bar("acme.delivery.CloudTenancy").bounds();
		assertEquals(LEFT, cloud.x(), 1e-9);
		assertEquals(59 * DAY, cloud.width(), 1e-9);
		// after CloudTenancy, 3 months: 1 March to 31 May, 92 days
		InitiativeBar platform = bar("acme.delivery.DataAndMLPlatform");
		assertEquals(LocalDate.of(2027, 3, 1), platform.start());
		assertEquals(LocalDate.of(2027, 5, 31), platform.finish());
		assertEquals(LEFT + 59 * DAY, platform.bounds().x(), 1e-9);
		assertEquals(92 * DAY, platform.bounds().width(), 1e-9);
		assertEquals("acme.delivery.Foundation", platform.phaseId());
		assertEquals(RoadmapLayout.BAR_HEIGHT, platform.bounds().height(), 1e-9);
	}

	@Test
	void milestonesSitAtTheEndOfTheirDueDay() {
		// at 2027-07: due 31 July, so the diamond is at 1 August, 212 days after 1 January
		MilestoneMark firstModel = diagram.milestone("acme.delivery.FirstModelLive").orElseThrow();
		assertEquals(LocalDate.of(2027, 7, 31), firstModel.due());
		assertEquals(LEFT + 212 * DAY, firstModel.centre().x(), 1e-9);
		assertTrue(firstModel.met(), "FraudScoringRelease finishes on 30 June");
		assertEquals(7, diagram.milestones().size());
	}

	@Test
	void theCriticalPathIsHighlightedOnBarsAndOnTheEdgesBetweenThem() {
		List<Initiative> path = new ScheduleService().schedule(AcmeInsurance.roadmap()).criticalPath();
		assertTrue(path.size() >= 2, "the example has a critical chain: " + path);
		Set<String> onPath = path.stream().map(ModelElements::qualifiedName).collect(Collectors.toSet());
		assertEquals(onPath, diagram.bars().stream().filter(InitiativeBar::critical).map(InitiativeBar::id).collect(Collectors.toSet()));
		List<String> expectedEdges = new ArrayList<>();
		for (int i = 0; i + 1 < path.size(); i++) {
			expectedEdges.add(ModelElements.qualifiedName(path.get(i)) + " -> " + ModelElements.qualifiedName(path.get(i + 1)));
		}
		List<String> criticalEdges = diagram.dependencies().stream().filter(DependencyEdge::critical).map(e -> e.fromId() + " -> " + e.toId()).toList();
		assertEquals(expectedEdges, criticalEdges);
		assertEquals(List.of("acme.delivery.ManagementSystemCertification -> acme.delivery.AIValueReview"), criticalEdges);
	}

	@Test
	void everyDependencyBetweenScheduledInitiativesIsAnEdgeFromTheOneDependedOn() {
		long dependencies = AcmeInsurance.all(Initiative.class).stream().mapToLong(i -> i.getDependencies().size()).sum();
		assertEquals(dependencies, diagram.dependencies().size());
		DependencyEdge finishToStart = edge("acme.delivery.CloudTenancy", "acme.delivery.DataAndMLPlatform");
		assertEquals("finishToStart", finishToStart.kind());
		Bounds from = bar("acme.delivery.CloudTenancy").bounds();
		Bounds to = bar("acme.delivery.DataAndMLPlatform").bounds();
		assertEquals(new Point(from.right(), from.centreY()), finishToStart.route().get(0));
		assertEquals(new Point(to.x(), to.centreY()), finishToStart.route().get(finishToStart.route().size() - 1));
		assertEquals("startToStart", edge("acme.delivery.CloudTenancy", "acme.delivery.GpuProvisioning").kind());
	}

	@Test
	void useCasesDeliveredAreShownOnTheirInitiatives() {
		InitiativeBar fraud = bar("acme.delivery.FraudScoringRelease");
		assertEquals(List.of("acme.usecases.ClaimsFraudDetection"), fraud.useCases().stream().map(u -> u.id()).toList());
		assertEquals("Claims fraud referral scoring", fraud.useCases().get(0).label());
		assertTrue(bar("acme.delivery.CloudTenancy").useCases().isEmpty(), "a capability is not a use case");
	}

	@Test
	void phasesAreBandsAndNoTwoShapesOverlap() {
		assertEquals(java.util.Arrays.asList("acme.delivery.Foundation", "acme.delivery.Scale", "acme.delivery.Embed", null),
				diagram.bands().stream().map(PhaseBand::id).toList());
		assertEquals("Across phases", diagram.bands().get(3).label());
		assertEquals("2027-Q1 to 2027-Q4", diagram.bands().get(0).span());
		assertEquals(AcmeInsurance.all(Initiative.class).size(), diagram.bars().size());
		assertTrue(diagram.unscheduled().isEmpty(), diagram.unscheduled().toString());
		List<Bounds> shapes = new ArrayList<>();
		diagram.bars().forEach(b -> shapes.add(b.bounds()));
		for (MilestoneMark m : diagram.milestones()) {
			shapes.add(new Bounds(m.centre().x() - MilestoneMark.RADIUS, m.centre().y() - MilestoneMark.RADIUS, 2 * MilestoneMark.RADIUS, 2 * MilestoneMark.RADIUS));
		}
		for (int i = 0; i < shapes.size(); i++) {
			for (int j = i + 1; j < shapes.size(); j++) {
				assertFalse(shapes.get(i).overlaps(shapes.get(j)), shapes.get(i) + " overlaps " + shapes.get(j));
			}
		}
		for (InitiativeBar bar : diagram.bars()) {
			PhaseBand band = diagram.bands().stream().filter(b -> java.util.Objects.equals(b.id(), bar.phaseId())).findFirst().orElseThrow();
			assertTrue(bar.bounds().y() >= band.bounds().y() && bar.bounds().bottom() <= band.bounds().bottom(), bar.id() + " lies in its band");
		}
	}

	@Test
	void rowsAreAssignedTheSameWayEveryTime() {
		RoadmapDiagram again = new RoadmapLayout().layout(AcmeInsurance.roadmap(), Markers.none());
		assertEquals(diagram, again);
		// the first bars of the first band fill the first rows in start order
		assertEquals(diagram.milestones().stream().filter(m -> "acme.delivery.Foundation".equals(m.phaseId())).mapToInt(MilestoneMark::row).max().orElseThrow() + 1,
				bar("acme.delivery.CloudTenancy").row());
	}

	private InitiativeBar bar(String id) {
		return diagram.bar(id).orElseThrow(() -> new AssertionError("no bar " + id));
	}

	private DependencyEdge edge(String from, String to) {
		return diagram.dependencies().stream().filter(e -> e.fromId().equals(from) && e.toId().equals(to)).findFirst()
				.orElseThrow(() -> new AssertionError("no edge " + from + " -> " + to));
	}
}
