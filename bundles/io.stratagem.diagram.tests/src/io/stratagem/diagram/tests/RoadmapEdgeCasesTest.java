package io.stratagem.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.stratagem.diagram.Markers;
import io.stratagem.diagram.render.DiagramExport;
import io.stratagem.diagram.roadmap.RoadmapDiagram;
import io.stratagem.diagram.roadmap.RoadmapLayout;
import io.stratagem.diagram.roadmap.UnscheduledItem;
import io.stratagem.model.Initiative;
import io.stratagem.model.Milestone;
import io.stratagem.model.Roadmap;
import io.stratagem.model.StratagemFactory;
import io.stratagem.model.StrategyModel;

/** Roadmaps the schedule cannot fully date still give a diagram, listing what is left out and why. */
class RoadmapEdgeCasesTest {

	private final StratagemFactory factory = StratagemFactory.eINSTANCE;

	@Test
	void initiativesAndMilestonesWithoutDatesAreListedWithTheReason() throws Exception {
		HostileModel model = new HostileModel();
		Initiative undated = factory.createInitiative();
		undated.setName("Someday");
		undated.setTitle("Some day");
		model.roadmap.getInitiatives().add(undated);
		Milestone open = factory.createMilestone();
		open.setName("Open");
		model.roadmap.getMilestones().add(open);
		RoadmapDiagram diagram = new RoadmapLayout().layout(model.roadmap, Markers.none());
		assertEquals(List.of("evil.Build"), diagram.bars().stream().map(b -> b.id()).toList());
		assertEquals(List.of("evil.Open", "evil.Someday"), diagram.unscheduled().stream().map(UnscheduledItem::id).toList());
		assertEquals("the milestone has no date", diagram.unscheduled().get(0).reason());
		assertEquals("Someday has no start date, no dependency and no end with a duration, so its start is unknown", diagram.unscheduled().get(1).reason());
		List<String> texts = SvgAndPngExportTest.texts(SvgAndPngExportTest.parse(DiagramExport.svg(diagram)));
		assertTrue(texts.contains("\u2022 Some day: " + diagram.unscheduled().get(1).reason()), texts.toString());
	}

	@Test
	void aRoadmapWithNothingDatedHasAnEmptyTimeline() throws Exception {
		StrategyModel model = factory.createStrategyModel();
		model.setNamespace("empty");
		Roadmap roadmap = factory.createRoadmap();
		roadmap.setName("Nothing");
		model.getElements().add(roadmap);
		RoadmapDiagram diagram = new RoadmapLayout().layout(roadmap, Markers.none());
		assertNull(diagram.from());
		assertTrue(diagram.quarters().isEmpty() && diagram.bars().isEmpty() && diagram.bands().isEmpty());
		assertEquals("svg", SvgAndPngExportTest.parse(DiagramExport.svg(diagram)).getDocumentElement().getLocalName());
		assertTrue(DiagramExport.png(diagram).length > 0);
	}
}
