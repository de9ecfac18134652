package io.stratagem.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.stratagem.diagram.Bounds;
import io.stratagem.diagram.Markers;
import io.stratagem.diagram.Point;
import io.stratagem.diagram.strategy.GraphEdge;
import io.stratagem.diagram.strategy.GraphFilter;
import io.stratagem.diagram.strategy.GraphNode;
import io.stratagem.diagram.strategy.NodeType;
import io.stratagem.diagram.strategy.StrategyGraph;
import io.stratagem.diagram.strategy.StrategyGraphLayout;

/** The strategy graph of the Acme Insurance example: typed nodes, references, ELK layout, filters. */
class StrategyGraphLayoutTest {

	private final StrategyGraphLayout layout = new StrategyGraphLayout();
	private final StrategyGraph graph = layout.layout(AcmeInsurance.roots(), GraphFilter.all(), Markers.none());

	@Test
	void everyElementOfTheShownTypesIsOneNode() {
		// counted in the example's files: 13 objectives, 13 use cases, 23 KPIs, 17 risks, 35 controls,
		// 17 data assets, 9 capabilities, 7 partners
		Map<NodeType, Long> counts = new EnumMap<>(NodeType.class);
		graph.nodes().forEach(n -> counts.merge(n.type(), 1L, Long::sum));
		assertEquals(Map.of(NodeType.OBJECTIVE, 13L, NodeType.USE_CASE, 13L, NodeType.KPI, 23L, NodeType.RISK, 17L, NodeType.CONTROL, 35L,
				NodeType.DATA_ASSET, 17L, NodeType.CAPABILITY, 9L, NodeType.PARTNER, 7L), counts);
		assertEquals(graph.nodes().size(), graph.nodes().stream().map(GraphNode::id).distinct().count(), "ids are unique");
		GraphNode triage = node("acme.usecases.ClaimsTriage");
		assertEquals("Motor and home claims triage", triage.label());
		assertEquals("acme.org.Claims", triage.unit());
	}

	@Test
	void referencesBetweenShownElementsAreEdges() {
		Set<String> edges = graph.edges().stream().map(e -> e.fromId() + " -" + e.kind() + "-> " + e.toId()).collect(Collectors.toSet());
		assertTrue(edges.contains("acme.usecases.ClaimsTriage -objectives-> acme.goals.FasterClaims"), "serves");
		assertTrue(edges.contains("acme.usecases.ClaimsTriage -dataAssets-> acme.datasets.ClaimsFeatureStore"), "uses data");
		assertTrue(edges.contains("acme.usecases.ClaimsTriage -kpis-> acme.metrics.ClaimCycleTime"), "kpis");
		assertTrue(edges.contains("acme.usecases.ClaimsTriage -capabilities-> acme.platform.MLPlatform"), "requires capabilities");
		Set<String> ids = graph.nodes().stream().map(GraphNode::id).collect(Collectors.toSet());
		for (GraphEdge edge : graph.edges()) {
			assertTrue(ids.contains(edge.fromId()) && ids.contains(edge.toId()), edge.toString());
		}
	}

	@Test
	void elkPlacesNodesWithoutOverlapAndRoutesEdgesBetweenThem() {
		List<GraphNode> nodes = graph.nodes();
		for (int i = 0; i < nodes.size(); i++) {
			Bounds a = nodes.get(i).bounds();
			assertTrue(a.x() >= 0 && a.y() >= StrategyGraphLayout.HEADER_HEIGHT && a.right() <= graph.width() && a.bottom() <= graph.height(), nodes.get(i).id());
			for (int j = i + 1; j < nodes.size(); j++) {
				assertFalse(a.overlaps(nodes.get(j).bounds()), nodes.get(i).id() + " overlaps " + nodes.get(j).id());
			}
		}
		for (GraphEdge edge : graph.edges()) {
			assertTrue(edge.route().size() >= 2, edge.toString());
			assertTrue(touches(node(edge.fromId()).bounds(), edge.route().get(0)), "starts on its source: " + edge);
			assertTrue(touches(node(edge.toId()).bounds(), edge.route().get(edge.route().size() - 1)), "ends on its target: " + edge);
		}
		// layered left to right: a use case lies left of the objective it serves
		assertTrue(node("acme.usecases.ClaimsTriage").bounds().right() < node("acme.goals.FasterClaims").bounds().x());
	}

	@Test
	void theSameModelGivesTheSameLayout() {
		assertEquals(graph, layout.layout(AcmeInsurance.roots(), GraphFilter.all(), Markers.none()));
	}

	@Test
	void aTypeFilterKeepsOnlyThoseTypesAndTheEdgesAmongThem() {
		StrategyGraph filtered = layout.layout(AcmeInsurance.roots(), new GraphFilter(EnumSet.of(NodeType.USE_CASE, NodeType.KPI), null), Markers.none());
		assertEquals(13 + 23, filtered.nodes().size());
		assertTrue(filtered.nodes().stream().allMatch(n -> n.type() == NodeType.USE_CASE || n.type() == NodeType.KPI));
		assertEquals(graph.edges().stream().filter(e -> filtered.node(e.fromId()).isPresent() && filtered.node(e.toId()).isPresent()).count(),
				filtered.edges().size());
		assertEquals("types: usecase, kpi", filtered.filter());
	}

	@Test
	void aUnitFilterKeepsTheElementsOfThatUnitAndItsSubUnits() {
		StrategyGraph claims = layout.layout(AcmeInsurance.roots(), new GraphFilter(Set.of(), "Claims"), Markers.none());
		assertFalse(claims.nodes().isEmpty());
		assertTrue(claims.nodes().stream().allMatch(n -> "acme.org.Claims".equals(n.unit())), claims.nodes().toString());
		assertTrue(claims.node("acme.usecases.ClaimsTriage").isPresent());
		StrategyGraph group = layout.layout(AcmeInsurance.roots(), new GraphFilter(Set.of(), "acme.org.AcmeGroup"), Markers.none());
		assertTrue(group.nodes().size() > claims.nodes().size(), "the group contains Claims");
		assertTrue(group.node("acme.usecases.ClaimsTriage").isPresent());
	}

	@Test
	void anUnknownUnitIsAClearError() {
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> layout.layout(AcmeInsurance.roots(), new GraphFilter(Set.of(), "Marketing"), Markers.none()));
		assertTrue(error.getMessage().startsWith("the model has no business unit 'Marketing'; its units are: acme.org.AcmeGroup, "), error.getMessage());
		assertThrows(IllegalArgumentException.class, () -> NodeType.fromKey("initiative"));
		assertEquals(NodeType.DATA_ASSET, NodeType.fromKey("Data"));
	}

	private static boolean touches(Bounds bounds, Point point) {
		double tolerance = 0.5;
		return point.x() >= bounds.x() - tolerance && point.x() <= bounds.right() + tolerance && point.y() >= bounds.y() - tolerance
				&& point.y() <= bounds.bottom() + tolerance;
	}

	private GraphNode node(String id) {
		return graph.node(id).orElseThrow(() -> new AssertionError("no node " + id));
	}
}
