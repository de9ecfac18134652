package io.stratagem.diagram.strategy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import io.stratagem.diagram.Bounds;
import io.stratagem.diagram.Markers;
import io.stratagem.diagram.Point;
import io.stratagem.diagram.TextWidth;
import io.stratagem.model.BusinessUnit;
import io.stratagem.model.NamedElement;
import io.stratagem.model.Owned;
import io.stratagem.model.UseCase;
import io.stratagem.roadmap.ModelElements;

/**
 * Builds the strategy graph of a model and lays it out with ELK's layered algorithm, called
 * directly (no OSGi extension registry): references point right, from the element that refers to
 * the one referred to. Node sizes come from estimated text widths, so the same model always gives
 * the same layout.
 */
public class StrategyGraphLayout {

	/** Space above the graph for the title and the legend. */
	public static final double HEADER_HEIGHT = 60;
	public static final double LABEL_FONT = 11;
	public static final double CAPTION_FONT = 9;
	public static final double LINE_HEIGHT = 14;
	/** The type's icon left of the caption (render.NodeIcons), and the space between them. */
	public static final double ICON_SIZE = 10;
	public static final double ICON_GAP = 3;

	private static final double MAX_LABEL_WIDTH = 200;
	private static final double MIN_NODE_WIDTH = 110;
	private static final double PADDING = 12;
	/** Slanted or cut shapes lose width at their sides. */
	private static final double SHAPE_ALLOWANCE = 16;
	private static final double EMPTY_HEIGHT = 40;
	private static final double MIN_WIDTH = 760;

	static {
		// The metadata service registers ELK's property types; the layered provider's options are
		// registered explicitly because service loading does not work inside OSGi.
		LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
	}

	/**
	 * The graph of the elements under {@code roots} that pass the filter.
	 *
	 * @throws IllegalArgumentException when the filter names a business unit the model does not have,
	 *                                  or one that several namespaces have
	 */
	public StrategyGraph layout(Iterable<? extends EObject> roots, GraphFilter filter, Markers markers) {
		ModelElements elements = ModelElements.of(roots);
		Set<BusinessUnit> units = filter.unit() == null ? null : unitAndSubUnits(elements, filter.unit());
		Map<EObject, GraphNode> nodes = new LinkedHashMap<>();
		for (NamedElement element : elements.all(NamedElement.class)) {
			NodeType type = NodeType.of(element).orElse(null);
			if (type == null || !filter.types().contains(type) || element.getName() == null) {
				continue;
			}
			BusinessUnit unit = unitOf(element);
			if (units != null && !units.contains(unit)) {
				continue;
			}
			String id = ModelElements.qualifiedName(element);
			String label = ModelElements.label(element);
			List<String> lines = lines(label);
			double textWidth = Math.max(ICON_SIZE + ICON_GAP + TextWidth.of(type.label(), CAPTION_FONT), lines.stream().mapToDouble(l -> TextWidth.of(l, LABEL_FONT)).max().orElse(0));
			double width = Math.max(MIN_NODE_WIDTH, Math.ceil(textWidth + 2 * PADDING + SHAPE_ALLOWANCE));
			double height = PADDING / 2 + LINE_HEIGHT + lines.size() * LINE_HEIGHT + PADDING / 2 + 4;
			nodes.put(element, new GraphNode(id, type, label, lines, unit == null ? null : ModelElements.qualifiedName(unit), new Bounds(0, 0, width, height),
					markers.of(id)));
		}
		List<GraphEdge> edges = edges(nodes);
		return place(filter, nodes, edges);
	}

	/** Every non-containment reference from one node to another, in model and metamodel order. */
	private static List<GraphEdge> edges(Map<EObject, GraphNode> nodes) {
		List<GraphEdge> edges = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Map.Entry<EObject, GraphNode> entry : nodes.entrySet()) {
			EObject element = entry.getKey();
			for (EReference reference : element.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isDerived() || reference.isTransient()) {
					continue;
				}
				Object value = element.eGet(reference);
				List<?> targets = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
				for (Object target : targets) {
					GraphNode to = nodes.get(target);
					GraphNode from = entry.getValue();
					if (to != null && to != from && seen.add(from.id() + "\n" + to.id() + "\n" + reference.getName())) {
						edges.add(new GraphEdge(from.id(), to.id(), reference.getName(), List.of()));
					}
				}
			}
		}
		return edges;
	}

	private static StrategyGraph place(GraphFilter filter, Map<EObject, GraphNode> nodes, List<GraphEdge> edges) {
		if (nodes.isEmpty()) {
			return new StrategyGraph(filter.describe(), MIN_WIDTH, HEADER_HEIGHT + EMPTY_HEIGHT, List.of(), List.of());
		}
		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
		root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		root.setProperty(CoreOptions.PADDING, new ElkPadding(16));
		root.setProperty(CoreOptions.SPACING_NODE_NODE, 18.0);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 48.0);
		root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 12.0);
		// fewer crossing-minimisation sweeps than ELK's default of 7, for the 1k-node target
		// (docs/benchmarks.md, Diagrams)
		root.setProperty(LayeredOptions.THOROUGHNESS, 3);
		Map<String, ElkNode> elkNodes = new LinkedHashMap<>();
		for (GraphNode node : nodes.values()) {
			ElkNode elkNode = ElkGraphUtil.createNode(root);
			elkNode.setIdentifier(node.id());
			elkNode.setDimensions(node.bounds().width(), node.bounds().height());
			elkNodes.put(node.id(), elkNode);
		}
		List<ElkEdge> elkEdges = new ArrayList<>();
		for (GraphEdge edge : edges) {
			elkEdges.add(ElkGraphUtil.createSimpleEdge(elkNodes.get(edge.fromId()), elkNodes.get(edge.toId())));
		}
		new LayeredLayoutProvider().layout(root, new BasicProgressMonitor());

		List<GraphNode> placed = new ArrayList<>();
		for (GraphNode node : nodes.values()) {
			ElkNode elkNode = elkNodes.get(node.id());
			placed.add(new GraphNode(node.id(), node.type(), node.label(), node.lines(), node.unit(),
					new Bounds(elkNode.getX(), elkNode.getY() + HEADER_HEIGHT, elkNode.getWidth(), elkNode.getHeight()), node.markers()));
		}
		List<GraphEdge> routed = new ArrayList<>();
		for (int i = 0; i < edges.size(); i++) {
			GraphEdge edge = edges.get(i);
			routed.add(new GraphEdge(edge.fromId(), edge.toId(), edge.kind(), route(elkEdges.get(i))));
		}
		return new StrategyGraph(filter.describe(), Math.ceil(Math.max(MIN_WIDTH, root.getWidth())), Math.ceil(root.getHeight() + HEADER_HEIGHT), placed,
				routed);
	}

	private static List<Point> route(ElkEdge edge) {
		List<Point> points = new ArrayList<>();
		if (edge.getSections().isEmpty()) {
			return points;
		}
		ElkEdgeSection section = edge.getSections().get(0);
		points.add(new Point(section.getStartX(), section.getStartY() + HEADER_HEIGHT));
		for (ElkBendPoint bend : section.getBendPoints()) {
			points.add(new Point(bend.getX(), bend.getY() + HEADER_HEIGHT));
		}
		points.add(new Point(section.getEndX(), section.getEndY() + HEADER_HEIGHT));
		return points;
	}

	/** The label in at most two lines of words; a longer label ends with an ellipsis. */
	static List<String> lines(String label) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		String[] words = label.split("\\s+");
		int i = 0;
		for (; i < words.length; i++) {
			String candidate = line.length() == 0 ? words[i] : line + " " + words[i];
			if (line.length() > 0 && TextWidth.of(candidate, LABEL_FONT) > MAX_LABEL_WIDTH) {
				if (lines.size() == 1) {
					break;
				}
				lines.add(line.toString());
				line = new StringBuilder(words[i]);
			} else {
				line = new StringBuilder(candidate);
			}
		}
		String last = line.toString();
		if (i < words.length) {
			last = last + " " + String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
		}
		lines.add(last);
		lines.replaceAll(l -> TextWidth.fit(l, LABEL_FONT, MAX_LABEL_WIDTH));
		return lines;
	}

	/** The business unit of an element: a use case's unit, else the unit of its owner's role. */
	static BusinessUnit unitOf(EObject element) {
		if (element instanceof UseCase useCase && useCase.getUnit() != null) {
			return useCase.getUnit();
		}
		if (element instanceof Owned owned && owned.getOwner() != null) {
			return owned.getOwner().getUnit();
		}
		return null;
	}

	private static Set<BusinessUnit> unitAndSubUnits(ModelElements elements, String name) {
		List<BusinessUnit> all = elements.all(BusinessUnit.class);
		List<BusinessUnit> matching = all.stream().filter(u -> name.equals(ModelElements.qualifiedName(u))).toList();
		if (matching.isEmpty()) {
			matching = all.stream().filter(u -> name.equals(u.getName())).toList();
		}
		if (matching.isEmpty()) {
			throw new IllegalArgumentException("the model has no business unit '" + name + "'; its units are: "
					+ (all.isEmpty() ? "none" : all.stream().map(ModelElements::qualifiedName).collect(Collectors.joining(", "))));
		}
		if (matching.size() > 1) {
			throw new IllegalArgumentException("several business units are named '" + name + "'; give the qualified name of one of: "
					+ matching.stream().map(ModelElements::qualifiedName).collect(Collectors.joining(", ")));
		}
		BusinessUnit chosen = matching.get(0);
		// each unit's answer is remembered, so a long `part of` chain is walked once, not once per unit
		Set<BusinessUnit> result = new HashSet<>();
		Set<BusinessUnit> outside = new HashSet<>();
		for (BusinessUnit unit : all) {
			List<BusinessUnit> walked = new ArrayList<>();
			Set<BusinessUnit> visited = new HashSet<>();
			boolean inside = false;
			for (BusinessUnit u = unit; u != null && !outside.contains(u) && visited.add(u); u = u.getParent()) {
				if (u == chosen || result.contains(u)) {
					inside = true;
					break;
				}
				walked.add(u);
			}
			(inside ? result : outside).addAll(walked);
			if (inside) {
				result.add(unit);
			}
		}
		return result;
	}
}
