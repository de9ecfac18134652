package io.stratagem.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.stratagem.diagram.Bounds;
import io.stratagem.diagram.Point;
import io.stratagem.diagram.render.RasterCanvas;
import io.stratagem.diagram.render.Style;
import io.stratagem.model.KPI;
import io.stratagem.model.Measurement;

/**
 * The board pack's trend chart of one KPI: its measurements against its target (a line, or a band
 * for a target range), over the dates measured, drawn with the diagrams' raster canvas. No text, so
 * the image does not depend on the fonts of the machine; the values are in the scorecard's table.
 */
final class TrendChart {

	static final double WIDTH = 160;
	static final double HEIGHT = 40;
	private static final double MARGIN = 4;

	private TrendChart() {
	}

	/** The PNG of the chart, empty for a KPI without a dated measurement. */
	static Optional<byte[]> png(KPI kpi) {
		List<double[]> points = new ArrayList<>();
		kpi.getMeasurements().stream().filter(m -> m.getDate() != null && m.getValue() != null)
				.sorted(Comparator.comparing(Measurement::getDate))
				.forEach(m -> points.add(new double[] { m.getDate().lastDay().toEpochDay(), m.getValue().doubleValue() }));
		if (points.isEmpty()) {
			return Optional.empty();
		}
		List<Double> values = new ArrayList<>(points.stream().map(p -> p[1]).toList());
		value(kpi.getTarget()).ifPresent(values::add);
		value(kpi.getTargetUpper()).ifPresent(values::add);
		double low = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
		double high = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
		double pad = high == low ? Math.max(1, Math.abs(high) * 0.1) : (high - low) * 0.1;
		Scale y = new Scale(low - pad, high + pad, HEIGHT - MARGIN, MARGIN);
		double first = points.get(0)[0];
		double last = points.get(points.size() - 1)[0];
		Scale x = first == last ? new Scale(first - 1, first + 1, MARGIN, WIDTH - MARGIN) : new Scale(first, last, MARGIN, WIDTH - MARGIN);

		RasterCanvas canvas = new RasterCanvas(WIDTH, HEIGHT, 2);
		Optional<Double> target = value(kpi.getTarget());
		Optional<Double> upper = value(kpi.getTargetUpper());
		if (target.isPresent() && upper.isPresent()) {
			double top = y.of(Math.max(target.get(), upper.get()));
			double bottom = y.of(Math.min(target.get(), upper.get()));
			canvas.rect(new Bounds(MARGIN, top, WIDTH - 2 * MARGIN, Math.max(1, bottom - top)), 0, Style.fill("#dcedc8"));
		}
		Style targetLine = new Style(null, "#2e7d32", 1, true);
		target.ifPresent(t -> canvas.polyline(List.of(new Point(MARGIN, y.of(t)), new Point(WIDTH - MARGIN, y.of(t))), targetLine));
		upper.ifPresent(t -> canvas.polyline(List.of(new Point(MARGIN, y.of(t)), new Point(WIDTH - MARGIN, y.of(t))), targetLine));
		List<Point> line = points.stream().map(p -> new Point(x.of(p[0]), y.of(p[1]))).toList();
		if (line.size() > 1) {
			canvas.polyline(line, Style.line("#1f3a5f", 1.5));
		}
		for (Point p : line) {
			canvas.rect(new Bounds(p.x() - 1.5, p.y() - 1.5, 3, 3), 1.5, Style.fill("#1f3a5f"));
		}
		return Optional.of(canvas.finish());
	}

	private static Optional<Double> value(BigDecimal value) {
		return Optional.ofNullable(value).map(BigDecimal::doubleValue);
	}

	/** A linear map from values to pixels. */
	private record Scale(double from, double to, double start, double end) {
		double of(double value) {
			return start + (value - from) / (to - from) * (end - start);
		}
	}
}
