package io.stratagem.diagram.glsp.gmodel;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;

import io.stratagem.diagram.Bounds;
import io.stratagem.diagram.Point;
import io.stratagem.diagram.roadmap.DeliveredUseCase;
import io.stratagem.diagram.roadmap.DependencyEdge;
import io.stratagem.diagram.roadmap.InitiativeBar;
import io.stratagem.diagram.roadmap.MilestoneMark;
import io.stratagem.diagram.roadmap.PhaseBand;
import io.stratagem.diagram.roadmap.QuarterColumn;
import io.stratagem.diagram.roadmap.RoadmapDiagram;
import io.stratagem.diagram.roadmap.RoadmapLayout;

/**
 * The GLSP graph model of a roadmap timeline, drawn from the positions {@link RoadmapLayout}
 * computed (nothing is laid out again). Every node sits directly in the graph with absolute
 * positions; quarters and bands come first so that they are painted behind the bars. Elements of
 * the model have their qualified name as id.
 */
public final class RoadmapGModel {

	/** Argument of an initiative bar: the first day it is drawn from, e.g. {@code 2027-01-01}. */
	public static final String START = "start";
	/** Argument of an initiative bar: its last day of work. */
	public static final String FINISH = "finish";
	/** Argument of a milestone: its due day, the diamond drawn at the end of it. */
	public static final String DUE = "due";

	/** Height of the quarter header above the bands. */
	private static final double HEADER_TOP = 40;
	private static final double TITLE_BASELINE = 16;
	private static final double DETAIL_LINE = 12;
	private static final double PADDING = 6;

	private RoadmapGModel() {
	}

	public static GGraph of(RoadmapDiagram diagram) {
		List<GModelElement> children = new ArrayList<>();
		double bodyHeight = Math.max(0, diagram.height() - HEADER_TOP);
		for (QuarterColumn quarter : diagram.quarters()) {
			children.add(new GNodeBuilder(DiagramTypes.QUARTER).id("quarter:" + quarter.firstDay()).addCssClass("quarter")
					.position(quarter.x(), HEADER_TOP).size(quarter.width(), bodyHeight).add(label("quarter:" + quarter.firstDay() + "#text", DiagramTypes.TEXT, quarter.label(), PADDING, TITLE_BASELINE)).build());
		}
		for (PhaseBand band : diagram.bands()) {
			String id = band.id() == null ? "band:across-phases" : band.id();
			Bounds b = band.bounds();
			GNodeBuilder node = new GNodeBuilder(DiagramTypes.BAND).id(id).addCssClass("band").addCssClasses(MarkerClasses.of(band.markers()))
					.position(b.x(), b.y()).size(b.width(), b.height())
					.add(label(band.id() == null ? id + "#text" : id + DiagramTypes.LABEL_SUFFIX, DiagramTypes.HEADING, band.label(), PADDING, TITLE_BASELINE));
			if (!band.span().isEmpty()) {
				node.add(label(id + "#span", DiagramTypes.TEXT, band.span(), PADDING, TITLE_BASELINE + DETAIL_LINE));
			}
			if (band.dates() != null) {
				node.addCssClass("dated");
			}
			children.add(node.build());
		}
		for (InitiativeBar bar : diagram.bars()) {
			children.addAll(initiative(bar));
		}
		for (MilestoneMark milestone : diagram.milestones()) {
			double r = MilestoneMark.RADIUS;
			Point c = milestone.centre();
			children.add(new GNodeBuilder(DiagramTypes.MILESTONE).id(milestone.id()).addCssClass("milestone").addCssClass(milestone.met() ? "met" : "late")
					.addCssClasses(MarkerClasses.of(milestone.markers())).position(c.x() - r, c.y() - r).size(2 * r, 2 * r).addArgument(DUE, milestone.due().toString())
					.add(label(milestone.id() + DiagramTypes.LABEL_SUFFIX, DiagramTypes.HEADING, milestone.label(), 2 * r + 4, r + 4)).build());
		}
		for (DependencyEdge dependency : diagram.dependencies()) {
			children.add(dependency(dependency));
		}
		return new GGraphBuilder().id(diagram.id()).addCssClass("roadmap").addAll(children).build();
	}

	/** The id of the edge drawn for the dependency of {@code dependantId} on {@code dependedOnId}. */
	public static String dependencyId(String dependedOnId, String dependantId) {
		return "dependency:" + dependedOnId + "--" + dependantId;
	}

	/**
	 * A bar and, beside it in the graph, its title and delivered use cases. The labels are not
	 * children of the bar: the client measures a bar's children when a resize or move starts, and a
	 * title longer than the bar (titles may run past a short bar) would be taken for its width.
	 */
	private static List<GModelElement> initiative(InitiativeBar bar) {
		Bounds b = bar.bounds();
		GNodeBuilder node = new GNodeBuilder(DiagramTypes.INITIATIVE).id(bar.id()).addCssClass("initiative").addCssClass("status-" + bar.status())
				.addCssClasses(MarkerClasses.of(bar.markers())).position(b.x(), b.y()).size(b.width(), b.height())
				.addArgument(START, bar.start().toString()).addArgument(FINISH, bar.finish().toString());
		if (bar.critical()) {
			node.addCssClass("critical");
		}
		List<GModelElement> elements = new ArrayList<>();
		elements.add(node.build());
		elements.add(label(bar.id() + DiagramTypes.LABEL_SUFFIX, DiagramTypes.HEADING, bar.label(), b.x() + PADDING, b.y() + TITLE_BASELINE));
		double y = b.y() + TITLE_BASELINE + DETAIL_LINE;
		for (DeliveredUseCase useCase : bar.useCases()) {
			elements.add(label(bar.id() + "#delivers:" + useCase.id(), DiagramTypes.TEXT, useCase.label(), b.x() + PADDING, y));
			y += DETAIL_LINE;
		}
		return elements;
	}

	private static GEdge dependency(DependencyEdge dependency) {
		GEdgeBuilder edge = new GEdgeBuilder(DiagramTypes.DEPENDENCY).id(dependencyId(dependency.fromId(), dependency.toId())).addCssClass("dependency")
				.addCssClass(dependency.kind()).sourceId(dependency.fromId()).targetId(dependency.toId());
		if (dependency.critical()) {
			edge.addCssClass("critical");
		}
		List<Point> route = dependency.route();
		for (int i = 1; i < route.size() - 1; i++) {
			edge.addRoutingPoint(route.get(i).x(), route.get(i).y());
		}
		return edge.build();
	}

	static GLabel label(String id, String type, String text, double x, double baseline) {
		return new GLabelBuilder(type).id(id).text(text).position(x, baseline).build();
	}
}
