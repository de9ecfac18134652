package io.stratagem.diagram.glsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.MessageAction;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.features.undoredo.RedoAction;
import org.eclipse.glsp.server.features.undoredo.UndoAction;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.operations.ChangeRoutingPointsOperation;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.eclipse.glsp.server.types.ElementAndRoutingPoints;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.stratagem.diagram.glsp.gmodel.DiagramTypes;
import io.stratagem.diagram.roadmap.RoadmapLayout;
import io.stratagem.model.Initiative;
import io.stratagem.model.Milestone;
import io.stratagem.model.NamedElement;
import io.stratagem.model.StratagemPackage;
import io.stratagem.workspace.edit.ModelChange;
import io.stratagem.workspace.edit.ModelEditor;
import io.stratagem.workspace.edit.ModelWorkspace;
import io.stratagem.workspace.edit.WorkspaceModel;

/**
 * Each diagram operation, sent by a client as over the websocket, makes the workspace change the
 * model editor makes for that gesture: the files of a copy of the example edited through the
 * diagram equal those of a second copy edited directly, and differ from the original.
 */
class DiagramEditingTest {

	private static final String CLOUD = "acme.delivery.CloudTenancy";
	private static final String PLATFORM = "acme.delivery.DataAndMLPlatform";
	private static final String GOVERNANCE = "acme.delivery.GovernanceSetup";
	private static final String TRIAGE = "acme.usecases.ClaimsTriage";
	private static final String CYCLE_TIME = "acme.metrics.ClaimCycleTime";
	private static final String FIRST_MODEL = "acme.delivery.FirstModelLive";

	@TempDir
	Path temp;
	private ModelWorkspace viaDiagram;
	private ModelWorkspace direct;
	private Map<String, String> original;
	private final ModelEditor editor = AcmeCopy.injector().getInstance(ModelEditor.class);

	@BeforeEach
	void open() throws Exception {
		viaDiagram = AcmeCopy.open(temp.resolve("diagram"));
		direct = AcmeCopy.open(temp.resolve("direct"));
		original = AcmeCopy.texts(temp.resolve("direct"));
	}

	@AfterEach
	void close() {
		viaDiagram.close();
		direct.close();
	}

	@Test
	void draggingABarByAQuarterMovesItsStartThreeMonths() throws Exception {
		try (DiagramSession roadmap = session(DiagramTypes.ROADMAP)) {
			GNode bar = GraphModelTest.node((org.eclipse.glsp.graph.GGraph) roadmap.nextModel(), CLOUD);
			double quarter = 91 * RoadmapLayout.PIXELS_PER_DAY;
			roadmap.send(new ChangeBoundsOperation(List.of(bounds(CLOUD, bar.getPosition().getX() + quarter, bar.getPosition().getY(), bar.getSize().getWidth(),
					bar.getSize().getHeight()))));
			GModelRoot moved = roadmap.nextModel();
			assertEquals("2027-04-01", GraphModelTest.node((org.eclipse.glsp.graph.GGraph) moved, CLOUD).getArgs().get("start"), "drawn again from the new start");
		}
		assertSameChange(model -> editor.moveInitiative(model.find(CLOUD, Initiative.class), java.time.LocalDate.of(2027, 4, 1)));
		assertTrue(roadmapText().contains("start 2027-04\n\t\t\tduration 2 months"), "CloudTenancy starts in April");
	}

	@Test
	void resizingABarChangesItsDurationInMonths() throws Exception {
		try (DiagramSession roadmap = session(DiagramTypes.ROADMAP)) {
			GNode bar = GraphModelTest.node((org.eclipse.glsp.graph.GGraph) roadmap.nextModel(), CLOUD);
			double fiveMonths = 152 * RoadmapLayout.PIXELS_PER_DAY;
			roadmap.send(new ChangeBoundsOperation(List.of(bounds(CLOUD, bar.getPosition().getX(), bar.getPosition().getY(), fiveMonths, bar.getSize().getHeight()))));
			roadmap.nextModel();
		}
		assertSameChange(model -> editor.resizeInitiative(model.find(CLOUD, Initiative.class), 5));
		assertTrue(roadmapText().contains("start 2027-01\n\t\t\tduration 5 months"));
	}

	@Test
	void drawingADependencyAddsAfter() throws Exception {
		send(DiagramTypes.ROADMAP, new CreateEdgeOperation(DiagramTypes.DEPENDENCY, GOVERNANCE, PLATFORM));
		assertSameChange(model -> editor.addDependency(model.find(PLATFORM, Initiative.class), model.find(GOVERNANCE, Initiative.class)));
		assertTrue(roadmapText().contains("GovernanceSetup"));
	}

	@Test
	void deletingADependencyEdgeRemovesAfter() throws Exception {
		send(DiagramTypes.ROADMAP, new DeleteOperation(List.of("dependency:" + CLOUD + "--" + PLATFORM)));
		assertSameChange(model -> editor.removeDependency(model.find(PLATFORM, Initiative.class), model.find(CLOUD, Initiative.class)));
		assertFalse(block(roadmapText(), "initiative DataAndMLPlatform").contains("after CloudTenancy"));
	}

	@Test
	void creatingAKpiFromThePaletteAddsOne() throws Exception {
		send(DiagramTypes.STRATEGY, new CreateNodeOperation("node:kpi"));
		assertSameChange(model -> editor.create(model.resourceSet(), StratagemPackage.Literals.KPI, "NewKpi", null));
		assertTrue(String.join("", AcmeCopy.texts(temp.resolve("diagram")).values()).contains("kpi NewKpi"));
	}

	@Test
	void creatingARiskOnAUseCaseConnectsThem() throws Exception {
		send(DiagramTypes.STRATEGY, new CreateNodeOperation("node:risk", TRIAGE));
		assertSameChange(model -> editor.create(model.resourceSet(), StratagemPackage.Literals.RISK, "NewRisk", model.find(TRIAGE, NamedElement.class)));
	}

	@Test
	void drawingAReferenceConnectsTwoElements() throws Exception {
		send(DiagramTypes.STRATEGY, new CreateEdgeOperation(DiagramTypes.LINK, "acme.metrics.StraightThroughRate", "acme.usecases.ClaimsFraudDetection"));
		assertSameChange(model -> editor.connect(model.find("acme.metrics.StraightThroughRate", NamedElement.class),
				model.find("acme.usecases.ClaimsFraudDetection", NamedElement.class)));
	}

	@Test
	void editingATitledLabelChangesTheTitle() throws Exception {
		send(DiagramTypes.ROADMAP, new ApplyLabelEditOperation(CLOUD + DiagramTypes.LABEL_SUFFIX, "Set up the sovereign cloud"));
		assertSameChange(model -> editor.retitle(model.find(CLOUD, NamedElement.class), "Set up the sovereign cloud"));
		assertTrue(roadmapText().contains("initiative CloudTenancy \"Set up the sovereign cloud\" {"));
	}

	@Test
	void editingTheLabelOfAnElementWithoutTitleRenamesItAndItsReferences() throws Exception {
		// a KPI created from the palette has no title: its label shows the name
		for (ModelWorkspace workspace : List.of(viaDiagram, direct)) {
			workspace.edit(model -> editor.create(model.resourceSet(), StratagemPackage.Literals.KPI, "ClaimsBacklog", model.find(TRIAGE, NamedElement.class)));
		}
		send(DiagramTypes.STRATEGY, new ApplyLabelEditOperation("acme.metrics.ClaimsBacklog" + DiagramTypes.LABEL_SUFFIX, "OpenClaims"));
		assertSameChange(model -> editor.rename(model.find("acme.metrics.ClaimsBacklog", NamedElement.class), "OpenClaims"));
		String texts = String.join("", AcmeCopy.texts(temp.resolve("diagram")).values());
		assertTrue(texts.contains("kpi OpenClaims\n") && texts.contains("StraightThroughRate, OpenClaims") && !texts.contains("ClaimsBacklog"));
	}

	@Test
	void draggingAMilestoneByAQuarterMovesItsDueMonth() throws Exception {
		try (DiagramSession roadmap = session(DiagramTypes.ROADMAP)) {
			GNode diamond = GraphModelTest.node((org.eclipse.glsp.graph.GGraph) roadmap.nextModel(), FIRST_MODEL);
			assertEquals("2027-07-31", diamond.getArgs().get("due"));
			double quarter = 92 * RoadmapLayout.PIXELS_PER_DAY;
			roadmap.send(new ChangeBoundsOperation(List.of(bounds(FIRST_MODEL, diamond.getPosition().getX() + quarter, diamond.getPosition().getY() + 30,
					diamond.getSize().getWidth(), diamond.getSize().getHeight()))));
			GModelRoot moved = roadmap.nextModel();
			assertEquals("2027-10-31", GraphModelTest.node((org.eclipse.glsp.graph.GGraph) moved, FIRST_MODEL).getArgs().get("due"), "drawn again from the new date");
		}
		assertSameChange(model -> editor.moveMilestone(model.find(FIRST_MODEL, Milestone.class), java.time.LocalDate.of(2027, 10, 31)));
		assertTrue(roadmapText().contains("milestone FirstModelLive \"First machine learning model in production\" at 2027-10 {"));
	}

	@Test
	void deletingANodeDeletesTheElement() throws Exception {
		send(DiagramTypes.STRATEGY, new DeleteOperation(List.of(CYCLE_TIME)));
		assertSameChange(model -> editor.delete(model.find(CYCLE_TIME, NamedElement.class)));
		assertFalse(String.join("", AcmeCopy.texts(temp.resolve("diagram")).values()).contains("kpi ClaimCycleTime"));
	}

	@Test
	void undoAndRedoGoThroughTheWorkspaceHistory() throws Exception {
		try (DiagramSession roadmap = session(DiagramTypes.ROADMAP)) {
			roadmap.nextModel();
			roadmap.send(new ApplyLabelEditOperation(CLOUD + DiagramTypes.LABEL_SUFFIX, "SovereignCloud"));
			roadmap.nextModel();
			Map<String, String> renamed = AcmeCopy.texts(temp.resolve("diagram"));
			assertNotEquals(original, renamed);
			roadmap.send(new UndoAction());
			DiagramSession.await("undone", () -> original.equals(AcmeCopy.texts(temp.resolve("diagram"))));
			roadmap.send(new RedoAction());
			DiagramSession.await("redone", () -> renamed.equals(AcmeCopy.texts(temp.resolve("diagram"))));
		}
	}

	@Test
	void aRefusedEditIsAnErrorMessageAndTheSessionGoesOn() throws Exception {
		try (DiagramSession roadmap = session(DiagramTypes.ROADMAP)) {
			roadmap.nextModel();
			// DataAndMLPlatform comes after CloudTenancy: the reverse would be a cycle
			roadmap.send(new CreateEdgeOperation(DiagramTypes.DEPENDENCY, PLATFORM, CLOUD));
			MessageAction refused = roadmap.next(MessageAction.class);
			assertEquals("ERROR", refused.getSeverity());
			assertTrue(refused.getMessage().startsWith("Add dependency: "), refused.getMessage());
			assertEquals(original, AcmeCopy.texts(temp.resolve("diagram")), "nothing written");
			roadmap.send(new RequestModelAction(Map.of()));
			assertTrue(GraphModelTest.node((org.eclipse.glsp.graph.GGraph) roadmap.nextModel(), CLOUD) != null, "still answering");
		}
	}

	@Test
	void newRoutingPointsAreAcceptedAndIgnored() throws Exception {
		try (DiagramSession roadmap = session(DiagramTypes.ROADMAP)) {
			roadmap.nextModel();
			roadmap.send(new ChangeRoutingPointsOperation(List.of(new ElementAndRoutingPoints("dependency:" + CLOUD + "--" + PLATFORM, List.of(GraphUtil.point(1, 2))))));
			roadmap.send(new RequestModelAction(Map.of()));
			roadmap.nextModel();
		}
		assertEquals(original, AcmeCopy.texts(temp.resolve("diagram")));
	}

	@Test
	void aTextEditIsPushedToOpenDiagrams() throws Exception {
		try (DiagramSession strategy = session(DiagramTypes.STRATEGY)) {
			strategy.nextModel();
			Path kpis = temp.resolve("diagram/kpis.strategy");
			String text = viaDiagram.text(kpis);
			viaDiagram.setText(kpis, text.replace("kpi ClaimCycleTime ", "kpi ClaimCycleTimeDays "));
			GModelRoot pushed = strategy.nextModel();
			assertTrue(pushed.getChildren().stream().anyMatch(e -> e.getId().equals("acme.metrics.ClaimCycleTimeDays")), "the renamed KPI is drawn");
		}
	}

	private DiagramSession session(String diagramType) throws Exception {
		return new DiagramSession(viaDiagram, diagramType, Map.of());
	}

	/** Sends one operation after the first model and waits for the model drawn after it. */
	private void send(String diagramType, Action operation) throws Exception {
		try (DiagramSession session = session(diagramType)) {
			session.nextModel();
			session.send(operation);
			session.nextModel();
		}
	}

	private void assertSameChange(Function<WorkspaceModel, ModelChange> gesture) {
		direct.edit(gesture);
		Map<String, String> expected = AcmeCopy.texts(temp.resolve("direct"));
		assertNotEquals(original, expected, "the direct edit changes something");
		assertEquals(expected, AcmeCopy.texts(temp.resolve("diagram")));
	}

	private String roadmapText() {
		return AcmeCopy.texts(temp.resolve("diagram")).get("roadmap.strategy");
	}

	/** The text from a declaration to the next closing brace at its indentation. */
	private static String block(String text, String declaration) {
		int start = text.indexOf(declaration);
		return text.substring(start, text.indexOf("\n\t\t}", start));
	}

	private static ElementAndBounds bounds(String id, double x, double y, double width, double height) {
		ElementAndBounds bounds = new ElementAndBounds();
		bounds.setElementId(id);
		bounds.setNewPosition(GraphUtil.point(x, y));
		bounds.setNewSize(GraphUtil.dimension(width, height));
		return bounds;
	}
}
