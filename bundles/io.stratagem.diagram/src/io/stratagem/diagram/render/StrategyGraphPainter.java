package io.stratagem.diagram.render;

import java.util.List;

import io.stratagem.diagram.Bounds;
import io.stratagem.diagram.Point;
import io.stratagem.diagram.TextWidth;
import io.stratagem.diagram.strategy.GraphEdge;
import io.stratagem.diagram.strategy.GraphNode;
import io.stratagem.diagram.strategy.NodeShape;
import io.stratagem.diagram.strategy.NodeType;
import io.stratagem.diagram.strategy.StrategyGraph;
import io.stratagem.diagram.strategy.StrategyGraphLayout;

/** Draws a laid-out strategy graph: title, legend of types, references, then the typed nodes. */
public final class StrategyGraphPainter {

	private static final String TEXT = "#1a202c";
	private static final String EDGE = "#a0aec0";
	private static final double INSET = 8;

	private StrategyGraphPainter() {
	}

	/** The title drawn on the graph, e.g. {@code Strategy graph (types: usecase, kpi): 12 elements, 9 references}. */
	public static String title(StrategyGraph graph) {
		return "Strategy graph" + (graph.filter().isEmpty() ? "" : " (" + graph.filter() + ")") + ": " + graph.nodes().size() + " elements, "
				+ graph.edges().size() + " references";
	}

	public static void paint(StrategyGraph graph, Canvas canvas) {
		canvas.text(16, 24, title(graph), 16, true, TEXT, Anchor.START);
		legend(canvas);
		if (graph.nodes().isEmpty()) {
			canvas.text(16, StrategyGraphLayout.HEADER_HEIGHT + 20, "No element matches the filter.", 11, false, TEXT, Anchor.START);
		}
		for (GraphEdge edge : graph.edges()) {
			canvas.group("reference " + edge.kind(), null, edge.fromId() + " \u2192 " + edge.toId() + " (" + edge.kind() + ")");
			Figures.arrow(canvas, edge.route(), EDGE, 1);
			canvas.endGroup();
		}
		for (GraphNode node : graph.nodes()) {
			node(canvas, node);
		}
	}

	private static void legend(Canvas canvas) {
		canvas.group("legend", null, null);
		double x = 16;
		double y = 36;
		for (NodeType type : NodeType.values()) {
			Bounds swatch = new Bounds(x, y, 26, 14);
			shape(canvas, type, swatch, Style.of(type.fill(), type.stroke(), 1));
			NodeIcons.draw(canvas, type, swatch.x() + swatch.width() / 2 - 5, swatch.y() + 2, 10);
			canvas.text(x + 32, y + 11, type.label(), 10, false, TEXT, Anchor.START);
			x += 32 + TextWidth.of(type.label(), 10) + 18;
		}
		canvas.endGroup();
	}

	private static void node(Canvas canvas, GraphNode node) {
		NodeType type = node.type();
		String tooltip = node.label() + "\n" + type.label() + " " + node.id() + (node.unit() == null ? "" : ", unit " + node.unit()) + Figures.tooltip(node.markers());
		canvas.group("node " + type.key() + Figures.markerClass(node.markers()), node.id(), tooltip);
		String stroke = Figures.markerColour(node.markers()).orElse(type.stroke());
		shape(canvas, type, node.bounds(), new Style(type.fill(), stroke, node.markers().isEmpty() ? 1.25 : 2.5, type.shape() == NodeShape.DASHED));
		Bounds b = node.bounds();
		double centre = b.x() + b.width() / 2;
		double y = b.y() + 6 + StrategyGraphLayout.CAPTION_FONT;
		// the icon and the caption side by side, centred together
		double captionWidth = StrategyGraphLayout.ICON_SIZE + StrategyGraphLayout.ICON_GAP + TextWidth.of(type.label(), StrategyGraphLayout.CAPTION_FONT);
		double left = centre - captionWidth / 2;
		NodeIcons.draw(canvas, type, left, y - StrategyGraphLayout.ICON_SIZE + 1, StrategyGraphLayout.ICON_SIZE);
		canvas.text(left + StrategyGraphLayout.ICON_SIZE + StrategyGraphLayout.ICON_GAP, y, type.label(), StrategyGraphLayout.CAPTION_FONT, true, type.stroke(),
				Anchor.START);
		for (String line : node.lines()) {
			y += StrategyGraphLayout.LINE_HEIGHT;
			canvas.text(centre, y, line, StrategyGraphLayout.LABEL_FONT, false, TEXT, Anchor.MIDDLE);
		}
		Figures.badge(canvas, b, node.markers());
		canvas.endGroup();
	}

	/** The outline of a type in some bounds. */
	static void shape(Canvas canvas, NodeType type, Bounds b, Style style) {
		double x = b.x();
		double y = b.y();
		double r = b.right();
		double bottom = b.bottom();
		double inset = Math.min(INSET, b.width() / 4);
		double middle = b.centreY();
		switch (type.shape()) {
		case PILL -> canvas.rect(b, b.height() / 2, style);
		case ROUNDED_RECTANGLE, DASHED -> canvas.rect(b, 6, style);
		case RECTANGLE -> canvas.rect(b, 0, style);
		case HEXAGON -> canvas.polygon(List.of(new Point(x + inset, y), new Point(r - inset, y), new Point(r, middle), new Point(r - inset, bottom),
				new Point(x + inset, bottom), new Point(x, middle)), style);
		case OCTAGON -> {
			double cut = Math.min(inset, b.height() / 3);
			canvas.polygon(List.of(new Point(x + cut, y), new Point(r - cut, y), new Point(r, y + cut), new Point(r, bottom - cut), new Point(r - cut, bottom),
					new Point(x + cut, bottom), new Point(x, bottom - cut), new Point(x, y + cut)), style);
		}
		case PARALLELOGRAM -> canvas.polygon(List.of(new Point(x + inset, y), new Point(r, y), new Point(r - inset, bottom), new Point(x, bottom)), style);
		case TRAPEZOID -> canvas.polygon(List.of(new Point(x + inset, y), new Point(r - inset, y), new Point(r, bottom), new Point(x, bottom)), style);
		}
	}
}
