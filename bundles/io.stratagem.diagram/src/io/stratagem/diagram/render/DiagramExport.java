package io.stratagem.diagram.render;

import io.stratagem.diagram.roadmap.RoadmapDiagram;
import io.stratagem.diagram.strategy.StrategyGraph;

/** The diagrams as files: SVG text and PNG images, both drawn by the same painters. */
public final class DiagramExport {

	/** Pixels of a PNG per diagram pixel, for sharp text on high-density screens. */
	public static final double PNG_SCALE = 2;

	private DiagramExport() {
	}

	public static String svg(RoadmapDiagram diagram) {
		SvgCanvas canvas = new SvgCanvas(diagram.width(), diagram.height(), diagram.title());
		RoadmapPainter.paint(diagram, canvas);
		return canvas.finish();
	}

	/**
	 * The same drawing as {@link #svg(RoadmapDiagram)} as an {@code svg} element without the XML
	 * declaration, to put inline in an HTML page (the generated site's roadmap page).
	 */
	public static String inlineSvg(RoadmapDiagram diagram) {
		SvgCanvas canvas = new SvgCanvas(diagram.width(), diagram.height(), diagram.title());
		RoadmapPainter.paint(diagram, canvas);
		return canvas.finishElement();
	}

	public static byte[] png(RoadmapDiagram diagram) {
		RasterCanvas canvas = new RasterCanvas(diagram.width(), diagram.height(), PNG_SCALE);
		RoadmapPainter.paint(diagram, canvas);
		return canvas.finish();
	}

	public static String svg(StrategyGraph graph) {
		SvgCanvas canvas = new SvgCanvas(graph.width(), graph.height(), StrategyGraphPainter.title(graph));
		StrategyGraphPainter.paint(graph, canvas);
		return canvas.finish();
	}

	public static byte[] png(StrategyGraph graph) {
		RasterCanvas canvas = new RasterCanvas(graph.width(), graph.height(), PNG_SCALE);
		StrategyGraphPainter.paint(graph, canvas);
		return canvas.finish();
	}
}
