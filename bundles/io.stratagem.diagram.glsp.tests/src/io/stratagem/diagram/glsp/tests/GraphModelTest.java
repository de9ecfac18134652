package io.stratagem.diagram.glsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.stratagem.diagram.glsp.gmodel.DiagramOptions;
import io.stratagem.diagram.glsp.gmodel.DiagramTypes;
import io.stratagem.diagram.glsp.server.WorkspaceGModelFactory;
import io.stratagem.workspace.edit.ModelWorkspace;

/** The graph models a client gets for the Acme Insurance example: elements, ids, classes, edges, markers, no overlaps. */
class GraphModelTest {

	@TempDir
	static Path folder;
	private static ModelWorkspace workspace;
	private static GGraph roadmap;
	private static GGraph strategy;

	@BeforeAll
	static void render() throws Exception {
		workspace = AcmeCopy.open(folder);
		roadmap = workspace.read(model -> WorkspaceGModelFactory.render(model, DiagramTypes.ROADMAP, DiagramOptions.all()));
		strategy = workspace.read(model -> WorkspaceGModelFactory.render(model, DiagramTypes.STRATEGY, DiagramOptions.all()));
	}

	@AfterAll
	static void close() {
		workspace.close();
	}

	@Test
	void roadmapHasQuartersBandsBarsMilestonesAndDependencies() {
		assertEquals("acme.delivery.AcmeAIRoadmap", roadmap.getId());
		assertEquals(12, nodes(roadmap, DiagramTypes.QUARTER).size(), "2027 to 2029 in quarters");
		assertEquals(List.of("acme.delivery.Foundation", "acme.delivery.Scale", "acme.delivery.Embed", "band:across-phases"),
				nodes(roadmap, DiagramTypes.BAND).stream().map(GNode::getId).toList());
		GNode cloud = node(roadmap, "acme.delivery.CloudTenancy");
		assertEquals(DiagramTypes.INITIATIVE, cloud.getType());
		assertEquals("2027-01-01", cloud.getArgs().get("start"));
		assertTrue(cloud.getCssClasses().contains("initiative"), cloud.getCssClasses().toString());
		assertTrue(cloud.getCssClasses().stream().anyMatch(c -> c.startsWith("status-")), cloud.getCssClasses().toString());
		assertTrue(cloud.getChildren().isEmpty(), "the title is beside the bar, so that the client does not take its length for the bar's");
		GLabel title = label(roadmap, "acme.delivery.CloudTenancy#label");
		assertEquals("Set up the EU sovereign cloud tenancy", title.getText());
		assertEquals(cloud.getPosition().getX() + 6, title.getPosition().getX(), 0.001, "drawn on the bar");
		GNode fraud = node(roadmap, "acme.delivery.FraudScoringRelease");
		GLabel delivers = label(roadmap, "acme.delivery.FraudScoringRelease#delivers:acme.usecases.ClaimsFraudDetection");
		assertEquals(fraud.getPosition().getX() + 6, delivers.getPosition().getX(), 0.001, "delivered use cases are listed on the bar");
		assertEquals(DiagramTypes.MILESTONE, node(roadmap, "acme.delivery.FirstModelLive").getType());
		assertEquals("2027-07-31", node(roadmap, "acme.delivery.FirstModelLive").getArgs().get("due"), "at 2027-07: due at the end of July");

		GEdge dependency = edge(roadmap, "dependency:acme.delivery.CloudTenancy--acme.delivery.DataAndMLPlatform");
		assertEquals("acme.delivery.CloudTenancy", dependency.getSourceId());
		assertEquals("acme.delivery.DataAndMLPlatform", dependency.getTargetId());
		assertTrue(dependency.getCssClasses().contains("finishToStart"));
		assertTrue(edge(roadmap, "dependency:acme.delivery.ManagementSystemCertification--acme.delivery.AIValueReview").getCssClasses().contains("critical"),
				"the critical path is marked");
		assertTrue(node(roadmap, "acme.delivery.ManagementSystemCertification").getCssClasses().contains("critical"));
	}

	@Test
	void strategyGraphHasTypedNodesAndReferences() {
		GNode triage = node(strategy, "acme.usecases.ClaimsTriage");
		assertEquals("node:usecase", triage.getType());
		assertTrue(triage.getCssClasses().containsAll(List.of("node", "usecase")), triage.getCssClasses().toString());
		assertEquals("acme.org.Claims", triage.getArgs().get("unit"));
		assertEquals("node:kpi", node(strategy, "acme.metrics.ClaimCycleTime").getType());
		GEdge serves = edge(strategy, "reference:acme.usecases.ClaimsTriage--objectives--acme.goals.FasterClaims");
		assertEquals("acme.usecases.ClaimsTriage", serves.getSourceId());
		assertEquals("acme.goals.FasterClaims", serves.getTargetId());
		// a title broken into two lines: only the first is editable, and it carries the whole title to edit
		GNode damage = node(strategy, "acme.usecases.DamageAssessment");
		GLabel firstLine = label(damage, "acme.usecases.DamageAssessment#label");
		assertEquals(DiagramTypes.HEADING, firstLine.getType());
		assertEquals("Photo-based vehicle damage estimation", firstLine.getArgs().get(DiagramTypes.FULL_TEXT));
		assertTrue("Photo-based vehicle damage estimation".startsWith(firstLine.getText() + " "), firstLine.getText());
		assertEquals(DiagramTypes.TEXT, label(damage, "acme.usecases.DamageAssessment#line2").getType());
		assertEquals(134, strategy.getChildren().stream().filter(GNode.class::isInstance).count(), "13+13+23+17+35+17+9+7 elements");
	}

	@Test
	void ruleFindingsMarkTheirElements() {
		// usecases-core.strategy:52: warning STRAT-TALENT-001 on ClaimsFraudDetection (see `stratagem validate`)
		assertTrue(node(strategy, "acme.usecases.ClaimsFraudDetection").getCssClasses().contains("marker-warning"));
		assertFalse(node(strategy, "acme.usecases.ClaimsTriage").getCssClasses().stream().anyMatch(c -> c.startsWith("marker-")),
				"an element without findings has no marker");
	}

	@Test
	void filtersComeFromTheClientOptions() {
		GGraph kpisAndUseCases = workspace.read(model -> WorkspaceGModelFactory.render(model, DiagramTypes.STRATEGY,
				DiagramOptions.of(Map.of(DiagramOptions.TYPES, "usecase,kpi", DiagramOptions.UNIT, "Claims"))));
		Set<String> types = kpisAndUseCases.getChildren().stream().filter(GNode.class::isInstance).map(GModelElement::getType).collect(Collectors.toSet());
		assertEquals(Set.of("node:usecase", "node:kpi"), types);
		assertTrue(kpisAndUseCases.getChildren().stream().filter(e -> "node:usecase".equals(e.getType()))
				.allMatch(e -> String.valueOf(e.getArgs().get("unit")).startsWith("acme.org.Claims")));
	}

	@Test
	void noNodesOverlap() {
		assertNoOverlap(nodes(roadmap, DiagramTypes.INITIATIVE));
		assertNoOverlap(nodes(roadmap, DiagramTypes.MILESTONE));
		assertNoOverlap(strategy.getChildren().stream().filter(GNode.class::isInstance).map(GNode.class::cast).toList());
	}

	private static void assertNoOverlap(List<GNode> nodes) {
		assertTrue(nodes.size() > 1);
		for (int i = 0; i < nodes.size(); i++) {
			for (int j = i + 1; j < nodes.size(); j++) {
				GNode a = nodes.get(i);
				GNode b = nodes.get(j);
				boolean overlap = a.getPosition().getX() < b.getPosition().getX() + b.getSize().getWidth()
						&& b.getPosition().getX() < a.getPosition().getX() + a.getSize().getWidth()
						&& a.getPosition().getY() < b.getPosition().getY() + b.getSize().getHeight()
						&& b.getPosition().getY() < a.getPosition().getY() + a.getSize().getHeight();
				assertFalse(overlap, a.getId() + " overlaps " + b.getId());
			}
		}
	}

	static List<GNode> nodes(GGraph graph, String type) {
		return graph.getChildren().stream().filter(e -> type.equals(e.getType())).map(GNode.class::cast).toList();
	}

	static GNode node(GGraph graph, String id) {
		return graph.getChildren().stream().filter(e -> id.equals(e.getId())).map(GNode.class::cast).findFirst()
				.orElseThrow(() -> new AssertionError("no node " + id));
	}

	static GEdge edge(GGraph graph, String id) {
		return graph.getChildren().stream().filter(e -> id.equals(e.getId())).map(GEdge.class::cast).findFirst()
				.orElseThrow(() -> new AssertionError("no edge " + id));
	}

	private static GLabel label(GModelElement parent, String id) {
		return parent.getChildren().stream().filter(e -> id.equals(e.getId())).map(GLabel.class::cast).findFirst()
				.orElseThrow(() -> new AssertionError("no label " + id));
	}
}
